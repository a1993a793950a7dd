import JSON
import Portal
import World

/// Notices as people and JSON read them: times in the world's zone (WIB, WITA, WIT), and a
/// recurring notice's windows also on its own zone's clock when that is another.
extension WorldText {
    /// `notice #1  maintenance  scheduled`, then the notice line by line, then its updates.
    func notice(_ notice: Notice, now: Instant) -> String {
        var lines = ["notice #\(notice.id)  \(notice.kind.rawValue)  \(notice.status(at: now).rawValue)"]
        func add(_ label: String, _ value: String) {
            lines.append("  " + label.padding(toLength: 13, withPad: " ", startingAt: 0) + value)
        }
        func addBilingual(_ label: String, _ message: UserMessage) {
            add(label, "id: \(message.indonesian)")
            add("", "en: \(message.english)")
        }
        addBilingual("title", notice.title)
        if let body = notice.body { addBilingual("body", body) }
        add("components", components(notice.components))
        let schedule = notice.schedule
        if let recurrence = schedule.recurrence {
            add("recurs", recurrenceSummary(schedule, recurrence))
            add("first", schedule.firstWindow.map { window($0, of: notice) } ?? "none")
            add("last", schedule.lastWindow.map { window($0, of: notice) } ?? "none: it recurs until cancelled")
        } else {
            add("window", schedule.firstWindow.map { window($0, of: notice) } ?? "none")
        }
        add("now", inForce(notice, now: now))
        if schedule.isRecurring, let next = notice.nextWindow(after: now) {
            add("next", window(next, of: notice))
        }
        add("published", "\(time(notice.publishedAt)) by \(notice.publishedBy)")
        if let cancellation = notice.cancellation {
            add("cancelled", "\(time(cancellation.at)) by \(cancellation.by): \(cancellation.reason)")
        }
        if !notice.updates.isEmpty {
            lines.append("")
            lines.append("UPDATES")
            for update in notice.updates {
                lines.append("\(time(update.at))  \(update.status.rawValue)  by \(update.by)")
                lines.append("  id: \(update.message.indonesian)")
                lines.append("  en: \(update.message.english)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One row of `apoa notice list`: id, kind, status, the window that matters now, how it recurs,
    /// components, the English title.
    func noticeRow(_ notice: Notice, now: Instant) -> [String] {
        // A cancelled notice shows the window it was called off in, or the next one it called off.
        let at = notice.cancellation.map { min($0.at, now) } ?? now
        let shown = notice.cancellation.flatMap { notice.schedule.window(at: $0.at) ?? notice.schedule.nextWindow(after: $0.at) }
            ?? notice.windowInForce(at: at) ?? notice.nextWindow(after: at) ?? notice.schedule.lastWindow ?? notice.schedule.firstWindow
        return [
            String(notice.id), notice.kind.rawValue, notice.status(at: now).rawValue,
            shown.map { range($0) } ?? "—", notice.schedule.recurrence?.frequency.rule ?? "—",
            notice.components.map(\.component.rawValue).joined(separator: ","), notice.title.english,
        ]
    }

    /// `auth (under-maintenance), sms-gateway (major-outage)`.
    func components(_ components: [AffectedComponent]) -> String {
        components.map { "\($0.component.rawValue) (\($0.status.rawValue))" }.joined(separator: ", ")
    }

    /// `2026-12-02 01:00 WIB to 2026-12-02 04:00 WIB`, or `since 2026-12-01 08:00 WIB` when open.
    func range(_ window: NoticeWindow) -> String {
        window.ends.map { "\(time(window.starts)) to \(time($0))" } ?? "since \(time(window.starts))"
    }

    /// A window with its length, and its start on the recurrence's clock when that is another zone.
    private func window(_ window: NoticeWindow, of notice: Notice) -> String {
        let there = notice.schedule.recurrence.flatMap { recurrence in
            recurrence.zone == zone ? nil : window.starts.display(in: recurrence.zone)
        }
        guard let length = window.length else { return range(window) + ", open-ended" }
        return range(window) + " (\(length)" + (there.map { "; \($0)" } ?? "") + ")"
    }

    /// `weekly on Monday and Thursday at 02:00 WITA (Asia/Makassar), 2h each, 3 times`.
    private func recurrenceSummary(_ schedule: NoticeSchedule, _ recurrence: Recurrence) -> String {
        let local = recurrence.zone.local(schedule.starts)
        let clock = [local.hour, local.minute].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
            + " \(recurrence.zone.abbreviation(at: schedule.starts))"
        return "\(recurrence.frequency.summary) at \(clock) (\(recurrence.zone.identifier))"
            + (schedule.length.map { ", \($0) each" } ?? "")
            + (recurrence.count.map { ", at most \(plural($0, "window"))" } ?? "")
            + (recurrence.until.map { ", until \(time($0))" } ?? "")
    }

    /// What the notice does to its components at `now`.
    private func inForce(_ notice: Notice, now: Instant) -> String {
        let imposed = notice.componentStatuses(at: now)
        guard !imposed.isEmpty else { return "imposes nothing" }
        let until = notice.windowInForce(at: now)?.ends.map { "until \(time($0))" } ?? "until resolved"
        return "\(components(imposed)) \(until)"
    }

    /// A notice as JSON, as it stands at `now`.
    func noticeJSON(_ notice: Notice, now: Instant, overlaps: [NoticeOverlap]? = nil) -> JSONValue {
        let schedule = notice.schedule
        var fields: [(String, JSONValue)] = [
            ("id", .integer(notice.id)), ("kind", .string(notice.kind.rawValue)),
            ("status", .string(notice.status(at: now).rawValue)),
            ("title", messageJSON(notice.title)), ("body", notice.body.map(messageJSON) ?? .null),
            ("components", .array(notice.components.map(affectedJSON))),
            ("starts", .string(iso(schedule.starts))),
            ("length", .string(schedule.length?.description)),
            ("recurrence", schedule.recurrence.map { recurrence in
                .object([
                    ("rule", .string(recurrence.frequency.rule)), ("summary", .string(recurrence.frequency.summary)),
                    ("zone", .string(recurrence.zone.identifier)), ("until", iso(recurrence.until)),
                    ("count", .integer(recurrence.count)),
                ])
            } ?? .null),
            ("firstWindow", windowJSON(schedule.firstWindow)), ("lastWindow", windowJSON(schedule.lastWindow)),
            ("windowInForce", windowJSON(notice.windowInForce(at: now))), ("nextWindow", windowJSON(notice.nextWindow(after: now))),
            ("imposes", .array(notice.componentStatuses(at: now).map(affectedJSON))),
            ("publishedAt", .string(iso(notice.publishedAt))), ("publishedBy", .string(notice.publishedBy)),
            ("cancelled", notice.cancellation.map { cancellation in
                .object([("at", .string(iso(cancellation.at))), ("by", .string(cancellation.by)), ("reason", .string(cancellation.reason))])
            } ?? .null),
            ("updates", .array(notice.updates.map { update in
                .object([("at", .string(iso(update.at))), ("status", .string(update.status.rawValue)),
                         ("message", messageJSON(update.message)), ("by", .string(update.by))])
            })),
        ]
        if let overlaps {
            fields.append(("overlaps", .array(overlaps.map { overlap in
                .object([("notice", .integer(overlap.other)), ("components", .array(overlap.components.map { .string($0.rawValue) })),
                         ("window", windowJSON(overlap.window)), ("otherWindow", windowJSON(overlap.otherWindow))])
            })))
        }
        return .object(fields)
    }

    /// The warning for an overlap found at publishing.
    func overlapWarning(_ overlap: NoticeOverlap, of notice: Notice) -> String {
        "notice #\(notice.id) overlaps maintenance notice #\(overlap.other) on "
            + overlap.components.map(\.rawValue).joined(separator: ", ")
            + ": \(range(overlap.window)) and \(range(overlap.otherWindow)) (published anyway)"
    }

    private func messageJSON(_ message: UserMessage) -> JSONValue {
        .object([("id", .string(message.indonesian)), ("en", .string(message.english))])
    }

    private func affectedJSON(_ affected: AffectedComponent) -> JSONValue {
        .object([("component", .string(affected.component.rawValue)), ("status", .string(affected.status.rawValue))])
    }

    private func windowJSON(_ window: NoticeWindow?) -> JSONValue {
        guard let window else { return .null }
        return .object([("starts", .string(iso(window.starts))), ("ends", iso(window.ends))])
    }
}
