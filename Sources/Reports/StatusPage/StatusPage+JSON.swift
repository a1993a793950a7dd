import JSON
import Portal

extension StatusPage {
    /// `status.json`: the page's state for programs, keys in English, text in `input.language`.
    ///
    /// ```json
    /// { "portal": "APOA", "language": "en", "generated": "2026-12-01T09:30:00+07:00",
    ///   "timeZone": "Asia/Jakarta", "status": "partial-outage",
    ///   "components": [ { "id": "auth", "name": "Login (GO ID)", "status": "operational",
    ///                     "uptime": { "days": 30, "operationalShare": 0.998611 } } ],
    ///   "maintenance": [ { "id", "title", "body", "status", "starts", "ends", "components", "recurrence" } ],
    ///   "incidents": [ { "id", "title", "status", "started", "components",
    ///                    "updates": [ { "at", "status", "message" } ] } ] }
    /// ```
    ///
    /// `status` is the worst component status; `incidents` holds only open ones, newest first,
    /// their updates newest first; `maintenance` is in the page's order. `operationalShare` is
    /// rounded down to six places, `null` when no day has data.
    public static func json(_ input: Input) -> String {
        let text = PageText.of(input.language)
        let value: JSONValue = .object([
            ("portal", .string(input.portalName)),
            ("language", .string(input.language.rawValue)),
            ("generated", .string(input.generated.iso8601(in: input.zone))),
            ("timeZone", .string(input.zone.identifier)),
            ("status", .string(input.overallStatus.rawValue)),
            ("components", .array(input.components.map { state in
                .object([
                    ("id", .string(state.component.rawValue)),
                    ("name", .string(text.component(state.component))),
                    ("status", .string(state.status.rawValue)),
                    ("uptime", .object([
                        ("days", .integer(state.uptime.count)),
                        ("operationalShare", .double(operationalShare(state.uptime))),
                    ])),
                ])
            })),
            ("maintenance", .array(input.maintenanceInOrder.map { window in
                .object([
                    ("id", .string(window.id)),
                    ("title", .string(window.title)),
                    ("body", .string(window.body)),
                    ("status", .string(window.status.rawValue)),
                    ("starts", .string(window.starts.iso8601(in: input.zone))),
                    ("ends", .string(window.ends.iso8601(in: input.zone))),
                    ("components", .array(window.components.map { .string($0.rawValue) })),
                    ("recurrence", .string(window.recurrence)),
                ])
            })),
            ("incidents", .array(input.openIncidents.map { incident in
                .object([
                    ("id", .string(incident.id)),
                    ("title", .string(incident.title)),
                    ("status", .string(incident.status.rawValue)),
                    ("started", .string(incident.started.iso8601(in: input.zone))),
                    ("components", .array(incident.components.map { .string($0.rawValue) })),
                    ("updates", .array(incident.updatesNewestFirst.map { update in
                        .object([
                            ("at", .string(update.at.iso8601(in: input.zone))),
                            ("status", .string(update.status.rawValue)),
                            ("message", .string(update.message)),
                        ])
                    })),
                ])
            })),
        ])
        return value.rendered(pretty: true) + "\n"
    }

    /// The operational share of the observed time, rounded down to six places; nil without data.
    private static func operationalShare(_ days: [UptimeDay]) -> Double? {
        let observed = days.reduce(Int64(0)) { $0 + $1.observed.milliseconds }
        guard observed > 0 else { return nil }
        let operational = days.reduce(Int64(0)) { $0 + $1.operational.milliseconds }
        // Integer millionths first, so the printed double is short and the same on every machine.
        return Double(operational * 1_000_000 / observed) / 1_000_000
    }
}
