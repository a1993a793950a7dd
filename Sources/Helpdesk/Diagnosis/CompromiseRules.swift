import Portal
import World

/// Whether someone else got in (`compromised`): a login from a place the person never used
/// after they gave their password to a phishing site, or the right password from an address
/// that failed against many accounts (credential stuffing that found it: a login, or a code
/// the person then received unasked). A phishing visit with no such login yet still means
/// someone else holds the password.
enum CompromiseRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        let events = facts.evidence.events.map(\.event)
        let logins = events.filter { $0.kind == .loginSucceeded }
        let stuffed = events.filter { event in
            (event.kind == .loginSucceeded || event.kind == .otpSent)
                && event.ip.map { (facts.evidence.rightPasswordSources[$0] ?? 0) >= LockCause.wideSourceAccounts } ?? false
        }
        var evidence: [String] = []
        var intruders: [Event] = stuffed
        for event in stuffed.prefix(3) {
            let tried = event.ip.flatMap { facts.evidence.rightPasswordSources[$0] } ?? 0
            let what = event.kind == .loginSucceeded ? "login" : "the right password, and a login code sent to the person,"
            evidence.append("\(what) at \(facts.time(event.at))\(facts.place(event)): that address failed against "
                + "\(facts.count(tried, "account")) (credential stuffing)")
        }
        // A visit older than the log read is judged by the logins that followed it, which are gone
        // too (and a reset may have come since): only a recent one counts.
        let visit = facts.evidence.phishingVisits.first { facts.now - $0.at <= DiagnosisEvidence.window }
        if let visit {
            evidence.insert("gave the password to a phishing site at \(facts.time(visit.at))", at: 0)
            let before = facts.evidence.familiarBeforePhishing
            let strangers = logins.filter { login in
                login.at > visit.at && !stuffed.contains(login)
                    && !before.knows(ip: login.ip) && (login.device == nil || !before.knows(device: login.device))
            }
            for login in strangers.prefix(3) {
                evidence.append("login at \(facts.time(login.at))\(facts.place(login)), \(facts.span(login.at - visit.at)) after the visit, "
                    + "from an address and device not used before it")
            }
            intruders += strangers
        }
        guard visit != nil || !intruders.isEmpty else { return [] }
        let reset = facts.evidence.events.map(\.event).last { $0.kind == .resetCompleted }
        let since = (intruders.map(\.at) + [visit?.at].compactMap { $0 }).min() ?? facts.now
        let isSecured = reset.map { $0.at > since } ?? false
        if let reset, isSecured {
            evidence.append("the password was reset at \(facts.time(reset.at)), which ended every session")
        }
        if !facts.evidence.sessions.isEmpty {
            let sessions = facts.evidence.sessions.map { "#\($0.id) since \(facts.time($0.startedAt)) from \($0.ip?.description ?? "?")" }
            evidence.append("\(facts.count(sessions.count, "session")) active now: " + sessions.joined(separator: "; "))
        }
        let summary = intruders.isEmpty
            ? "The person gave their password to a phishing site: someone else holds it, though no login from elsewhere yet."
            : visit != nil
                ? "The person gave their password to a phishing site, and the account was then logged in to from a place they never used."
                : "Someone got past the account's password from an address that tried many accounts: an attacker knows the password."
        let action = isSecured
            ? "The password was reset since: go through the account's recent changes and applications with \(facts.username) "
                + "(apoa events \(facts.username)), and tell them to use only the official imigrasi.go.id address."
            : "Secure the account now: \(facts.resetCommand) (a new password ends every session); then go through its "
                + "recent changes and applications with \(facts.username), and tell them to use only the official imigrasi.go.id address."
        let finding = Finding(.compromised, summary: summary, evidence: evidence, action: action)
        let weight: RankedFinding.Weight = isSecured ? .afterLogin : intruders.isEmpty ? .closed : .intruder
        return [RankedFinding(finding, weight, at: intruders.last?.at ?? visit?.at)]
    }
}
