import Portal
import World

/// Whether any of the person's tries reached the portal (`no-server-activity`): someone who
/// says they cannot log in, with no login, code or reset in the hour before they called (or
/// before now) and nothing going wrong in the day before, is failing before the portal —
/// network, browser, or a look-alike site.
enum ActivityRules: DiagnosisRules {
    /// How long before the call (or now) a try still counts as recent.
    static let quiet = TimeSpan.hours(1)

    /// What a person does at the login page.
    static let tries: Set<EventKind> = [
        .loginFailed, .loginSucceeded, .otpSent, .otpRefused, .otpVerified, .otpFailed,
        .resetRequested, .resetCompleted, .resetFailed,
    ]

    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        let call = facts.call
        // A call about an application is not about reaching the login page; and without a call
        // of now, the person's last call (which they got in after) is what the desk is working.
        if call?.detail?.value("category") == "application" { return [] }
        if call == nil, facts.resolution == nil, facts.own.contains(where: { $0.event.kind == .ticketOpened }) { return [] }
        let reference = call?.at ?? facts.judgedAt
        let attempts = facts.own.map(\.event).filter { tries.contains($0.kind) && $0.at <= reference }
        if let last = attempts.last, reference - last.at <= quiet { return [] }
        // Trouble of the day before explains the call better (another group of rules says what).
        if attempts.contains(where: { DiagnosisFacts.isTrouble($0) && reference - $0.at <= DiagnosisFacts.callHorizon }) { return [] }
        var evidence = ["no login, code or reset for \(facts.username) reached the portal in the hour before "
            + (call.map { "the call at \(facts.time($0.at))" } ?? "now")]
        if let last = attempts.last {
            evidence.append("the last: \(last.kind.rawValue) (\(last.reason.rawValue)) at \(facts.time(last.at))\(facts.place(last))")
        } else {
            evidence.append("none in the \(DiagnosisEvidence.window) the log was read for")
        }
        if let call, let channel = call.detail?.value("channel") { evidence.append("contacted the desk by \(channel)") }
        let finding = Finding(
            .noServerActivity,
            summary: "The person says they cannot log in, but none of their tries reached the portal: "
                + "the trouble is before it (network, browser, or a look-alike site).",
            evidence: evidence,
            action: "Ask \(facts.username) which address they open: only the official imigrasi.go.id site is the portal — "
                + "a look-alike steals passwords. Then have them try another browser or network; if they typed the password "
                + "on another site: \(facts.resetCommand).")
        return [RankedFinding(finding, .silence, at: call?.at)]
    }
}
