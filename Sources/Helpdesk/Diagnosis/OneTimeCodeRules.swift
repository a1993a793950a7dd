import Portal
import World

/// Why the second step of a login failed: codes the gateway never delivered because it was
/// down (`otp-undelivered-outage`), or codes that arrived and were typed wrong, late or on
/// another device (`otp-failed`).
enum OneTimeCodeRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        [undelivered(facts), failed(facts)].compactMap { $0 }
    }

    private static func undelivered(_ facts: DiagnosisFacts) -> RankedFinding? {
        let lost = facts.since(.otpSent, [.gatewayUnavailable])
        guard let last = lost.last else { return nil }
        let channel = last.channel ?? .sms
        let gateway = last.component ?? channel.gateway
        var evidence = ["\(facts.count(lost.count, "code")) by \(facts.say(channel)) not delivered (gateway-unavailable): "
            + "\(facts.times(lost)), to \(facts.address(on: channel))"]
        let period = facts.period(of: gateway, at: last.at)
        if let period { evidence.append(facts.describe(period)) }
        let refused = facts.since(.otpRefused)
        if let limit = refused.last { evidence.append("no more codes for that login (\(limit.reason.rawValue)) at \(facts.time(limit.at))") }
        let action: String
        if let period, period.ends > facts.judgedAt {
            action = "Codes cannot arrive until \(facts.name(gateway)) is back (planned end \(facts.time(period.ends))): "
                + "ask \(facts.username) to log in again after that, and link the ticket to the outage's incident."
        } else {
            let back = period.map { " since \(facts.time($0.ends))" } ?? ""
            action = "Ask \(facts.username) to log in again now: \(facts.name(gateway)) works again\(back), so a new code will arrive."
        }
        let finding = Finding(
            .otpUndeliveredOutage,
            summary: "The login \(lost.count == 1 ? "code" : "codes") by \(facts.say(channel)) never arrived: "
                + "\(facts.name(gateway)) was down when \(lost.count == 1 ? "it was" : "they were") sent.",
            evidence: evidence, action: action)
        return RankedFinding(finding, .lastTries, at: last.at)
    }

    private static func failed(_ facts: DiagnosisFacts) -> RankedFinding? {
        let failures = facts.since(.otpFailed)
        guard let last = failures.last else { return nil }
        var evidence: [String] = []
        var seen: [ReasonCode] = []
        for reason in failures.map(\.reason) where !seen.contains(reason) { seen.append(reason) }
        for reason in seen {
            let these = failures.filter { $0.reason == reason }
            evidence.append("\(facts.count(these.count, "code")) refused as \(reason.rawValue): \(facts.times(these))")
        }
        let delivered = facts.since(.otpSent).filter { $0.reason != .gatewayUnavailable }
        if let sent = delivered.last {
            let channel = sent.channel ?? .sms
            evidence.append("\(facts.count(delivered.count, "code")) delivered by \(facts.say(channel)) to \(facts.address(on: channel)), "
                + "the last at \(facts.time(sent.at))")
        }
        let ttl = facts.policy.otp.ttl
        let summary: String = switch last.reason {
        case .otpExpired: "The login code was typed after it expired (codes live \(ttl))."
        case .otpExhausted: "Too many wrong codes were typed: that login takes no more codes."
        case .otpWrongDevice: "The login code was typed on another device than the one the login started on."
        case .otpMissing: "A login code was typed when none was waiting (an old code, or the login was not started again)."
        default: "The login code was typed wrong \(facts.times(failures.count))."
        }
        let channel = delivered.last?.channel ?? facts.account.secondFactor.channel ?? .sms
        let check = channel == .sms
            ? "check the code is the newest SMS to \(facts.address(on: .sms)) (if the number is wrong: apoa account update \(facts.username) --phone NUMBER)"
            : "check the code is the newest e-mail to \(facts.address(on: .email))"
        let finding = Finding(
            .otpFailed, summary: summary, evidence: evidence,
            action: "Ask \(facts.username) to start the login again and type the newest code within \(ttl) on the same device; \(check).")
        return RankedFinding(finding, .lastTries, at: last.at)
    }
}
