import Helpdesk
import JSON
import Portal
import World

/// A diagnosis written for a person at the desk, and as DESIGN.md's JSON.
struct DiagnosisText {
    let diagnosis: Diagnosis
    let text: WorldText
    let personal: PersonalData
    /// How many of the newest events the timeline shows.
    let timelineLimit: Int

    /// `{account, now, lock, findings, timeline}`; `account` and `lock` are null for an unknown name.
    var json: JSONValue {
        let evidence = diagnosis.evidence
        return .object([
            ("account", evidence.map { evidence in
                .object([
                    ("id", .string(evidence.account.id.description)),
                    ("username", .string(evidence.account.username.value)),
                    ("email", .string(personal.email(evidence.account.email))),
                    ("status", .string(evidence.account.status.rawValue)),
                ])
            } ?? .null),
            ("now", .string(text.iso(diagnosis.now))),
            ("lock", evidence.map { text.lockJSON($0.lock.lock, state: $0.lock.bruteForce, failures: $0.countedFailures) } ?? .null),
            ("findings", .array(diagnosis.findings.map { finding in
                .object([
                    ("cause", .string(finding.cause.rawValue)),
                    ("summary", .string(finding.summary)),
                    ("evidence", .array(finding.evidence.map { .string($0) })),
                    ("action", .string(finding.action)),
                ])
            })),
            ("timeline", .array(diagnosis.timeline(limit: timelineLimit).map { entry in
                .object([
                    ("at", .string(text.iso(entry.event.at))),
                    ("kind", .string(entry.event.kind.rawValue)),
                    ("reason", .string(entry.event.reason.rawValue)),
                    ("ip", .string(entry.event.ip?.description)),
                ])
            })),
        ])
    }

    /// The findings, numbered, each with its evidence and the action to take.
    func findingLines(style: Style) -> [String] {
        var lines: [String] = []
        for (number, finding) in diagnosis.findings.enumerated() {
            lines.append("\(number + 1). \(style.bold(finding.cause.rawValue)): \(finding.summary)")
            lines += finding.evidence.map { "   - \($0)" }
            lines.append("   → \(finding.action)")
        }
        return lines
    }

    /// The account and lock lines, the numbered findings with evidence and action, the timeline.
    func lines(style: Style) -> [String] {
        var lines: [String] = []
        if let evidence = diagnosis.evidence {
            let account = evidence.account
            lines.append(style.bold(account.username.value) + "  (account \(account.id))  \(personal.email(account.email))  "
                + "\(account.status.rawValue), \(account.verification.rawValue)")
            let lock = text.lock(evidence.lock.lock, state: evidence.lock.bruteForce, failures: evidence.countedFailures,
                                 now: evidence.now)
            lines.append("  now    \(text.time(diagnosis.now))")
            lines.append("  lock   " + (evidence.lock.lock == .none ? lock : style.red(lock)))
        } else {
            lines.append(style.bold(diagnosis.who) + "  (no such account)")
            lines.append("  now    \(text.time(diagnosis.now))")
        }
        lines.append("")
        lines.append(style.bold("FINDINGS") + " (most likely first)")
        lines += findingLines(style: style)
        let timeline = diagnosis.timeline(limit: timelineLimit)
        guard diagnosis.evidence != nil, timelineLimit > 0 else { return lines }
        let total = diagnosis.evidence?.events.count ?? 0
        lines.append("")
        lines.append(style.bold("TIMELINE") + " (the newest \(timeline.count) of \(plural(total, "event")) in the last "
            + "\(DiagnosisEvidence.window)\(diagnosis.evidence?.isTruncated == true ? ", more not read" : ""))")
        guard !timeline.isEmpty else { return lines }
        var table = TextTable(["TIME", "EVENT", "REASON", "FROM"])
        for entry in timeline {
            let event = entry.event
            let from = [event.ip?.description, event.device?.description, event.channel?.rawValue, event.component?.rawValue]
                .compactMap { $0 }.joined(separator: " ")
            table.add([text.time(event.at), event.kind.rawValue, event.reason.rawValue, from])
        }
        lines.append(table.rendered(style: style))
        return lines
    }
}
