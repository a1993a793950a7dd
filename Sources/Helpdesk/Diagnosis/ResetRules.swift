import Portal
import World

/// Where the person's newest password reset stands since they last got in: a link or code
/// still valid and unused (`reset-pending`), or one that expired or took too many wrong tries
/// before it was used (`reset-expired`). Read from the log's reset events, with the stored
/// token's own times when the world keeps it (a simulated world does not).
enum ResetRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        let requests = facts.since(.resetRequested, [.ok, .gatewayUnavailable])
        guard let request = requests.last,
              !facts.since(.resetCompleted).contains(where: { $0.at >= request.at && $0.at <= facts.judgedAt }) else { return [] }
        let channel = request.channel ?? .email
        let token = facts.evidence.resetTokens.first { $0.requestedAt == request.at && $0.channel == channel }
        let expires = token?.expiresAt ?? request.at + facts.policy.reset.ttl
        let failures = facts.since(.resetFailed).filter { $0.at >= request.at }
        let isExhausted = failures.contains { $0.reason == .tokenExhausted }
            || token.map { $0.state(at: facts.judgedAt, policy: facts.policy.reset) == .exhausted } ?? false
        let isExpired = facts.judgedAt >= expires
        let what = channel == .email ? "link" : "code"
        var evidence = ["reset \(what) sent by \(facts.say(channel)) to \(facts.address(on: channel)) at \(facts.time(request.at)), "
            + "valid until \(facts.time(expires)) (\(what)s live \(facts.policy.reset.ttl))"]
        if request.reason == .gatewayUnavailable {
            let period = facts.period(of: request.component ?? channel.gateway, at: request.at)
            evidence.append("not delivered: \(facts.name(channel.gateway)) was down" + (period.map { " (\(facts.describe($0)))" } ?? ""))
        }
        for reason in [ReasonCode.tokenExpired, .tokenWrong, .tokenUsed, .tokenExhausted, .passwordRefused] {
            let these = failures.filter { $0.reason == reason }
            guard let last = these.last else { continue }
            let late = reason == .tokenExpired ? " (\(facts.span(last.at - request.at)) after it was sent)" : ""
            evidence.append("\(facts.count(these.count, "try", "tries")) to use it refused as \(reason.rawValue): \(facts.times(these))\(late)")
        }
        if requests.count > 1 { evidence.append("\(facts.count(requests.count, "reset request")) since the last login") }
        // The same way again, unless its gateway is still down and the other way is not.
        let next = facts.channel(preferring: channel)
        let again = facts.resetCommand(via: next)
        let newOne = next == channel ? "a new \(what)"
            : "a new reset \(next == .email ? "link by e-mail" : "code by SMS") instead (\(facts.name(channel.gateway)) is still down)"
        let at = failures.last?.at ?? request.at
        if isExpired || isExhausted {
            let summary = isExhausted
                ? "The reset \(what) sent at \(facts.time(request.at)) took too many wrong tries and no longer works."
                : request.reason == .gatewayUnavailable
                    ? "The reset \(what) requested at \(facts.time(request.at)) never arrived (\(facts.name(channel.gateway)) was down) "
                        + "and expired at \(facts.time(expires))."
                    : "The reset \(what) sent at \(facts.time(request.at)) expired at \(facts.time(expires)) before it was used."
            let finding = Finding(
                .resetExpired, summary: summary, evidence: evidence,
                action: "Send \(newOne): \(again), and ask \(facts.username) to use it within \(facts.policy.reset.ttl).")
            return [RankedFinding(finding, .lastTries, at: at)]
        }
        let delivered = request.reason != .gatewayUnavailable
        let summary = delivered
            ? "A reset \(what) was sent at \(facts.time(request.at)) and is still valid until \(facts.time(expires)) "
                + "(\(facts.span(expires - facts.judgedAt)) left), but has not been used."
            : "A reset \(what) was requested at \(facts.time(request.at)) but never delivered: \(facts.name(channel.gateway)) was down."
        let action = delivered
            ? "Ask \(facts.username) to open the newest \(channel == .email ? "e-mail (and the spam folder)" : "SMS") from the portal "
                + "and use the \(what) before \(facts.time(expires)); if it did not arrive, send another: \(again)."
            : next == channel ? "Once \(facts.name(channel.gateway)) works, send another: \(again)."
                : "Send \(newOne): \(again)."
        return [RankedFinding(Finding(.resetPending, summary: summary, evidence: evidence, action: action), .lastTries, at: at)]
    }
}
