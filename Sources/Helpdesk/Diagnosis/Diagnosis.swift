import Portal
import World

/// Why a person cannot log in (or what else is wrong): the account, its findings ordered most
/// likely first, and the events behind them. DESIGN.md's diagnosis contract.
///
/// The rules are pure: they read a `DiagnosisEvidence` the world gathered in one read and
/// decide nothing from anything else. Personal data in the findings (e-mail, phone, document
/// numbers) is masked unless the operator may see it.
public struct Diagnosis: Sendable {
    /// What was asked about, as typed.
    public let who: String
    /// The world clock it was made at.
    public let now: Instant
    /// What the world holds about the account; nil when no account matches `who`.
    public let evidence: DiagnosisEvidence?
    /// Most likely first; never empty (`ok` when nothing is wrong).
    public let findings: [Finding]

    /// The groups of rules, in the order their findings rank among equals.
    static var rules: [any DiagnosisRules.Type] {
        [CompromiseRules.self, AccountStandingRules.self, LockRules.self, PlatformRules.self, OneTimeCodeRules.self,
         ResetRules.self, LoginGateRules.self, ApplicationAttentionRules.self, ActivityRules.self]
    }

    /// Those that judge a stretch of tries (not the account's state now): run again on the
    /// tries that led to a call the person got in after.
    static var triesRules: [any DiagnosisRules.Type] {
        [LockRules.self, PlatformRules.self, OneTimeCodeRules.self, ResetRules.self, LoginGateRules.self, ActivityRules.self]
    }

    /// Diagnoses the account `who` names (username, e-mail, phone or document number) at the
    /// world clock, for `desk`'s operator: their role decides whether personal data shows. Names
    /// no account: the `unknown-account` finding, with the closest usernames and e-mails only
    /// when an operator is named (staff), never to an anonymous reader.
    public static func of(_ who: String, in world: WorldStore, for desk: Desk?) throws -> Diagnosis {
        let showsPersonalData = desk?.showsPersonalData == true
        do {
            return Diagnosis(who: who, evidence: try world.diagnosisEvidence(of: who), showsPersonalData: showsPersonalData)
        } catch WorldError.unknownAccount(_, let suggestions) {
            let shown = desk == nil ? [] : suggestions.map { suggestion in
                // An e-mail among the suggestions is personal data like any other.
                showsPersonalData ? suggestion : (try? EmailAddress(suggestion)).map(Masking.email) ?? suggestion
            }
            return Diagnosis(unknown: who, suggestions: shown, now: try world.now())
        }
    }

    /// The diagnosis of an account from its evidence.
    public init(who: String, evidence: DiagnosisEvidence, showsPersonalData: Bool) {
        let facts = DiagnosisFacts(evidence, showsPersonalData: showsPersonalData)
        var ranked: [(order: Int, finding: RankedFinding)] = []
        for rules in Self.rules {
            for finding in rules.findings(in: facts) { ranked.append((ranked.count, finding)) }
        }
        if let call = facts.resolvedCall() {
            for rules in Self.triesRules {
                for finding in rules.findings(in: call) { ranked.append((ranked.count, Self.resolved(finding, call))) }
            }
        }
        // By band and strongest kind first; among equals the newest evidence, then the rules' own order.
        ranked.sort { left, right in
            if left.finding.band != right.finding.band { return left.finding.band > right.finding.band }
            if left.finding.weight != right.finding.weight { return left.finding.weight > right.finding.weight }
            let leftAt = left.finding.at?.millisecondsSince1970 ?? .min
            let rightAt = right.finding.at?.millisecondsSince1970 ?? .min
            if leftAt != rightAt { return leftAt > rightAt }
            return left.order < right.order
        }
        self.who = who
        self.now = evidence.now
        self.evidence = evidence
        self.findings = ranked.isEmpty ? [Self.ok(facts)] : ranked.map(\.finding.finding)
    }

    /// The diagnosis of a name no account has.
    public init(unknown who: String, suggestions: [String], now: Instant) {
        self.who = who
        self.now = now
        self.evidence = nil
        let closest = suggestions.isEmpty ? [] : ["closest existing: \(suggestions.joined(separator: ", "))"]
        findings = [Finding(
            .unknownAccount,
            summary: "No account matches '\(who)': it is not a username, e-mail, phone number or document number on file.",
            evidence: ["searched usernames, e-mail addresses, phone numbers and identity-document numbers"] + closest,
            action: "Ask the person for the exact username, e-mail or NIK/passport number of the account; "
                + "if they never registered, they must register first.")]
    }

    /// The account's newest `limit` events, oldest first: the timeline shown beside the findings.
    public func timeline(limit: Int) -> [LoggedEvent] {
        Array((evidence?.events ?? []).suffix(max(0, limit)))
    }

    /// A finding about the tries that led to a call, once the person got in after it: what the
    /// ticket was about, ranked below anything still wrong.
    private static func resolved(_ ranked: RankedFinding, _ facts: DiagnosisFacts) -> RankedFinding {
        let finding = ranked.finding
        guard let login = facts.resolution, let call = facts.call else { return ranked }
        let over = "Since resolved: \(facts.username) logged in at \(facts.time(login.at))\(facts.place(login))."
        return RankedFinding(
            Finding(finding.cause, summary: "\(finding.summary) \(over)",
                    evidence: finding.evidence + ["the call at \(facts.time(call.at)) came of this"],
                    action: "Nothing to fix now: \(facts.username) got in after the call. Resolve the ticket with this cause "
                        + "(apoa tickets resolve ID --note '\(finding.cause.rawValue), since resolved')."),
            ranked.weight, at: ranked.at, isResolved: true)
    }

    private static func ok(_ facts: DiagnosisFacts) -> Finding {
        var evidence: [String] = []
        if let login = facts.lastSuccess?.event {
            evidence.append("last login \(facts.time(login.at))\(facts.place(login))")
        } else if let last = facts.evidence.lastLoginAt {
            evidence.append("last login \(facts.time(last))")
        } else {
            evidence.append("no login yet")
        }
        let failures = facts.evidence.countedFailures
        evidence.append((facts.evidence.lock.lock == .none ? "not locked" : "locked")
            + (failures == 0 ? ", no failures counted" : ", \(facts.count(failures, "failure")) counted")
            + "; verification \(facts.account.verification.rawValue), status \(facts.account.status.rawValue)")
        if !facts.evidence.sessions.isEmpty { evidence.append("\(facts.count(facts.evidence.sessions.count, "session")) active now") }
        return Finding(
            .ok,
            summary: "Nothing in the log explains a problem: the account is open and its last tries went through.",
            evidence: evidence,
            action: "Ask \(facts.username) what the screen says and when they tried; after they try again, "
                + "run apoa diagnose \(facts.username) once more (or apoa events \(facts.username)).")
    }
}
