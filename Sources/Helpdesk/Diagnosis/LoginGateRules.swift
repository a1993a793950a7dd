import Portal
import World

/// Whether the person was stopped before the password was checked: CAPTCHA answers that
/// failed (`captcha-failures`), or their address turned away after many failures from it
/// (`source-throttled`).
enum LoginGateRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        [captcha(facts), throttled(facts)].compactMap { $0 }
    }

    private static func captcha(_ facts: DiagnosisFacts) -> RankedFinding? {
        let failed = facts.since(.loginFailed, [.captchaFailed])
        guard let last = failed.last else { return nil }
        let policy = facts.policy.captcha
        let when = policy.mode == .always
            ? "the portal asks a CAPTCHA at every login"
            : "the portal asks a CAPTCHA once \(policy.afterFailures) logins from an address failed"
        let finding = Finding(
            .captchaFailures,
            summary: "The CAPTCHA was answered wrong \(facts.times(failed.count)), so the password was never checked.",
            evidence: ["\(facts.count(failed.count, "login")) refused as captcha-failed: \(facts.times(failed))\(facts.place(last))", when],
            action: "Ask \(facts.username) to reload the CAPTCHA for a new one and answer it slowly; if it keeps failing, "
                + "try another browser. Their password was not the problem.")
        return RankedFinding(finding, .lastTries, at: last.at)
    }

    private static func throttled(_ facts: DiagnosisFacts) -> RankedFinding? {
        let turnedAway = facts.since(.loginFailed, [.sourceThrottled])
        guard let last = turnedAway.last else { return nil }
        let throttle = facts.policy.throttle
        let finding = Finding(
            .sourceThrottled,
            summary: "Logins from \(last.ip?.description ?? "the person's address") were turned away after many failures "
                + "from that address (a shared network, or an attack behind it), not because of the account.",
            evidence: ["\(facts.count(turnedAway.count, "login")) refused as source-throttled: \(facts.times(turnedAway))\(facts.place(last))",
                       "an address is turned away for \(throttle.block) after \(throttle.maxFailures) failures within \(throttle.window)"],
            action: "Ask \(facts.username) to wait \(throttle.block) or log in from another network (mobile data); "
                + "see who else fails from that address with apoa lockouts --by-source.")
        return RankedFinding(finding, .lastTries, at: last.at)
    }
}
