import JSON
import Portal
import World

/// `apoa application list | show`: a person's applications, and one with its documents,
/// appointments and history.
enum ApplicationShowCommands {
    static let list = CommandSpec(
        ["application", "list"],
        summary: "List applications — an account's, or those in a state — with what is needed.",
        discussion: """
            An application in needs-action shows what the person must fix; one waiting on the office
            longer than its kind usually takes is marked stuck. 'apoa application show ID' has the rest.
            Without WHO, --state lists every account's applications in that state, longest there first;
            --for or --before keeps those that entered it that long ago or before that time.
            """,
        arguments: [.optional("WHO", "username, e-mail, phone number or identity-document number")],
        options: [
            .value("state", "S", "only applications in this state"),
            .value("for", "DURATION", "only those in their state for at least this long (like 7d)"),
            .value("before", "TIME", "only those that entered their state before this time"),
            .value("limit", "N", "at most N applications (default: 100)"),
        ],
        examples: [
            "apoa application list jan.devries", "apoa application list jan@example.nl --json",
            "apoa application list --state under-review --for 7d",
        ],
        run: runList)

    static let show = CommandSpec(
        ["application", "show"],
        summary: "Show an application: documents and their checks, appointments, what is needed, its history.",
        discussion: """
            The history is the event log's record of the application: every upload with its check's
            result, every move with its reason, who made it and the workflow rule that allowed it, and
            every refusal. What the person must fix is shown in Indonesian and English.
            """,
        arguments: [.required("ID", "the application's number")],
        examples: ["apoa application show 1", "apoa application show 1 --json"],
        run: runShow)

    static func runList(_ invocation: inout Invocation) throws {
        let state: ApplicationState? = try invocation.choice("state")
        let span = try invocation.parse("for", expected: "a duration like 7d, 12h or 1d12h", TimeSpan.init(parsing:))
        let before = try invocation.time("before")
        let limit = try invocation.count("limit", expected: "a whole number ≥ 1") ?? 100
        if span != nil, before != nil { throw invocation.usage("--for and --before both say since when: give one") }
        let who = invocation.positional("WHO")
        if who == nil, state == nil { throw invocation.usage("give WHO, or --state to list the applications in a state") }
        let world = try invocation.openWorld()
        let now = try world.now()
        // Entered the state before this instant: the given time, at or before that long ago, or any time up to now.
        let cutoff = before ?? (now - (span ?? .zero) + .milliseconds(1))
        let account = try who.map { try world.account(matching: $0) }
        let applications: [Application]
        if let account {
            applications = Array(try world.applications(of: account.id)
                .filter { (state == nil || $0.state == state) && $0.stateSince < cutoff }.prefix(limit))
        } else {
            applications = try world.applications(in: state ?? .submitted, enteredBefore: cutoff, limit: limit)
        }
        let names = account == nil ? try world.usernames(of: applications.map(\.account)) : [:]
        let visits = try world.visits(of: applications)
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.array(applications.map {
                text.applicationJSON($0, username: account?.username.value ?? names[$0.account], visit: visits[$0.id], now: now)
            }).rendered())
            return
        }
        guard !applications.isEmpty else {
            invocation.say(account.map { "\($0.username) has no applications" + (state == nil ? "" : " in that state") }
                ?? "no applications in \(state?.rawValue ?? "")" + (span.map { " for \($0) or more" } ?? "")
                    + (before.map { " since before \(text.time($0))" } ?? ""))
            return
        }
        var table = TextTable((account == nil ? ["ID", "ACCOUNT"] : ["ID"]) + ["KIND", "STATE", "SINCE", "FEE", "NEEDED"])
        for application in applications {
            let needed: String
            if let item = application.actionNeeded.first {
                needed = text.actionItem(item) + (application.actionNeeded.count > 1 ? " (+\(application.actionNeeded.count - 1))" : "")
            } else if let purpose = application.visitToBook(visit: visits[application.id]) {
                needed = "the person to book a visit (\(purpose.rawValue))"
            } else if application.isStuck(at: now, visit: visits[application.id]), let submitted = application.submittedAt {
                needed = invocation.style.red("stuck: waiting \(WorldText.span(now - submitted)), usually "
                    + "\(application.kind.usualProcessing)")
            } else {
                needed = "—"
            }
            let owner = account == nil ? [names[application.account] ?? application.account.description] : []
            table.add([String(application.id)] + owner + [application.kind.rawValue, application.state.rawValue,
                       text.time(application.stateSince), WorldText.rupiah(application.kind.feeRupiah), needed])
        }
        invocation.print(table.rendered(style: invocation.style))
    }

    static func runShow(_ invocation: inout Invocation) throws {
        let id = try invocation.applicationID()
        let world = try invocation.openWorld()
        let detail = try world.applicationDetail(id)
        let text = WorldText(zone: world.zone)
        let application = detail.application
        let visit = detail.appointments.max { $0.id < $1.id }?.status
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("application", text.applicationJSON(application, username: detail.username, visit: visit, now: detail.now)),
                ("now", .string(text.iso(detail.now))),
                ("actionDeadline", application.state == .needsAction
                    ? .string(text.iso(application.stateSince + ApplicationWorkflow.actionDeadline)) : .null),
                ("requiredDocuments", .array(application.kind.requiredDocuments.map { .string($0.rawValue) })),
                ("documents", .array(detail.documents.map(text.documentJSON))),
                ("appointments", .array(detail.appointments.map(text.appointmentJSON))),
                ("history", .array(detail.history.map(text.historyJSON))),
            ]).rendered())
            return
        }
        let style = invocation.style
        var state = "\(application.state.rawValue) since \(text.time(application.stateSince))"
        if let purpose = application.visitToBook(visit: visit) {
            state += "  — waiting for the person to book a visit (\(purpose.rawValue))"
        } else if application.isStuck(at: detail.now, visit: visit), let submitted = application.submittedAt {
            state += style.red("  — stuck: waiting \(WorldText.span(detail.now - submitted)) since submitted, usually "
                + "\(application.kind.usualProcessing)")
        }
        var rows: [(String, String)] = [
            ("state", state),
            ("fee", WorldText.rupiah(application.kind.feeRupiah)),
            ("usual time", "\(application.kind.usualProcessing) after submission"),
            ("documents", application.kind.requiredDocuments.map(\.rawValue).joined(separator: ", ")),
            ("office visit", application.kind.appointment?.rawValue ?? "none"),
            ("created", text.time(application.createdAt)),
            ("submitted", application.submittedAt.map(text.time) ?? "not yet"),
        ]
        for item in application.actionNeeded {
            rows.append(("action needed", style.red(text.actionItem(item))))
            rows.append(("", "id: \(item.fix.indonesian)"))
            rows.append(("", "en: \(item.fix.english)"))
        }
        if application.state == .needsAction {
            rows.append(("deadline", "\(text.time(application.stateSince + ApplicationWorkflow.actionDeadline)) "
                + "(from then the application may be rejected: action-deadline-passed)"))
        }
        invocation.print(style.bold("application #\(application.id)  \(application.kind.rawValue)") + "  (\(detail.username))")
        for (label, value) in rows {
            invocation.print("  " + label + String(repeating: " ", count: 15 - label.count) + value)
        }
        if !detail.documents.isEmpty {
            var table = TextTable(["ID", "UPLOADED", "KIND", "FORMAT", "SIZE", "RESULT"])
            for document in detail.documents {
                let upload = document.upload
                let result = document.passed ? "ok" : style.red(document.result.rawValue)
                table.add([String(document.id), text.time(document.uploadedAt), upload.kind.rawValue, upload.format.rawValue,
                           "\(upload.sizeKB) KB" + (upload.isReadable ? "" : ", unreadable"), result])
            }
            invocation.print("\nDOCUMENTS\n" + table.rendered(style: style))
        }
        if !detail.appointments.isEmpty {
            var table = TextTable(["ID", "AT", "OFFICE", "PURPOSE", "STATUS"])
            for appointment in detail.appointments {
                table.add([String(appointment.id), text.time(appointment.at), appointment.office.rawValue,
                           appointment.purpose.rawValue, appointment.status.rawValue])
            }
            invocation.print("\nAPPOINTMENTS\n" + table.rendered(style: style))
        }
        if detail.history.first.map({ $0.at > application.createdAt }) ?? true {
            // A simulation starts with applications already under way; the log begins with the run.
            invocation.print("\n(filed before the event log begins: its earlier steps are in the tables above, not the history)")
        }
        var table = TextTable(["SEQ", "TIME", "EVENT", "REASON", "BY", "WHAT", "RULE"])
        for entry in detail.history {
            table.add([String(entry.seq), text.time(entry.at), entry.kind.rawValue, entry.reason.rawValue,
                       entry.actor.rawValue, text.historyDetail(entry), entry.rule ?? ""])
        }
        invocation.print("\nHISTORY\n" + table.rendered(style: style))
    }
}
