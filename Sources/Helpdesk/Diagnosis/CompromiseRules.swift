import Portal
import World

/// Whether someone else got in (`compromised`): a login from a place the person never used
/// after they gave their password to a phishing site, or a login from an address that failed
/// against many accounts (credential stuffing that found the password). A phishing visit with
/// no such login yet still means someone else holds the password.
enum CompromiseRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        let logins = facts.evidence.events.map(\.event).filter { $0.kind == .loginSucceeded }
        let stuffed = logins.filter { login in
            login.ip.map { (facts.evidence.successSources[$0] ?? 0) >= LockCause.wideSourceAccounts } ?? false
        }
        var evidence: [String] = []
        var intruders: [Event] = stuffed
        for login in stuffed {
            let tried = login.ip.flatMap { facts.evidence.successSources[$0] } ?? 0
            evidence.append("login at \(facts.time(login.at))\(facts.place(login)): that address failed against "
                + "\(facts.count(tried, "account")) (credential stuffing)")
        }
        let visit = facts.evidence.phishingVisits.first
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
                : "Someone logged in to the account from an address that tried many accounts: the password is known to an attacker."
        let action = isSecured
            ? "The password was reset since: go through the account's recent changes and applications with \(facts.username) "
                + "(apoa events \(facts.username)), and tell them to use only the official imigrasi.go.id address."
            : "Secure the account now: \(facts.resetCommand) (a new password ends every session); then go through its "
                + "recent changes and applications with \(facts.username), and tell them to use only the official imigrasi.go.id address."
        let finding = Finding(.compromised, summary: summary, evidence: evidence, action: action)
        return [RankedFinding(finding, intruders.isEmpty || isSecured ? .closed : .intruder, at: intruders.last?.at ?? visit?.at)]
    }
}
