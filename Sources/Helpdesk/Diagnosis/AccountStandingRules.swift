import Portal
import World

/// Whether the account itself lets the person in: suspended or disabled, identity not
/// verified, a password change the desk forced.
enum AccountStandingRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        [suspended(facts), unverified(facts), mustChangePassword(facts)].compactMap { $0 }
    }

    private static func suspended(_ facts: DiagnosisFacts) -> RankedFinding? {
        let status = facts.account.status
        guard status != .active else { return nil }
        let refused = facts.own.map(\.event).filter { $0.reason == .accountSuspended || $0.reason == .accountDisabled }
        var evidence = ["account status: \(status.rawValue)"]
        if let last = refused.last {
            evidence.append("\(facts.count(refused.count, "login")) refused as \(last.reason.rawValue): \(facts.times(refused))")
        }
        let finding = Finding(
            .suspended,
            summary: "The account is \(status.rawValue): every login is refused, whatever the password.",
            evidence: evidence,
            action: "Do not unlock or reset: the desk cannot lift a \(status == .suspended ? "suspension" : "disabled account"). "
                + "Tell \(facts.username) the account is \(status.rawValue) and escalate the ticket to a supervisor.")
        return RankedFinding(finding, .closed, at: refused.last?.at)
    }

    private static func unverified(_ facts: DiagnosisFacts) -> RankedFinding? {
        let verification = facts.account.verification
        guard verification != .verified else { return nil }
        let reasons: Set<ReasonCode> = [.unverifiedIdentity, .verificationPending, .verificationRejected]
        let refused = facts.own.map(\.event).filter { $0.kind == .loginFailed && reasons.contains($0.reason) }
        let document = facts.account.primaryDocument.map { document in
            "\(document.type.rawValue) \(facts.showsPersonalData ? document.number : Masking.document(document))"
        }
        var evidence = ["verification: \(verification.rawValue) (account created \(facts.time(facts.account.createdAt)))"]
        if let last = refused.last {
            evidence.append("\(facts.count(refused.count, "login")) refused as \(last.reason.rawValue): \(facts.times(refused))")
        }
        evidence.append("identity document on file: \(document ?? "none")")
        let (summary, action): (String, String) = switch verification {
        case .pending:
            ("The account's identity verification is still pending: login opens only once it is verified.",
             "Tell \(facts.username) the identity document is still being checked and login opens when it is verified; "
                 + "there is nothing to unlock or reset.")
        case .rejected:
            ("The account's identity verification was rejected: login stays closed until a new document is verified.",
             "Ask \(facts.username) to submit a clear, valid identity document again for verification; "
                 + "there is nothing to unlock or reset.")
        default:
            ("The account's identity was never verified: login opens only once it is.",
             "Ask \(facts.username) to complete identity verification with their \(facts.account.kind == .citizen ? "NIK" : "passport"); "
                 + "there is nothing to unlock or reset.")
        }
        return RankedFinding(Finding(.unverifiedIdentity, summary: summary, evidence: evidence, action: action),
                             .closed, at: refused.last?.at)
    }

    private static func mustChangePassword(_ facts: DiagnosisFacts) -> RankedFinding? {
        guard facts.evidence.mustChangePassword else { return nil }
        var evidence = ["the account must choose a new password at its next login (a temporary password from the desk)"]
        evidence.append(facts.lastSuccess.map { "last login \(facts.time($0.event.at))\(facts.place($0.event))" } ?? "no login in the last \(DiagnosisEvidence.window)")
        let finding = Finding(
            .mustChangePassword,
            summary: "The desk gave the account a temporary password: the next login must choose a new one.",
            evidence: evidence,
            action: "Tell \(facts.username) to log in with the temporary password and choose a new password when asked; "
                + "if they no longer have it, send a reset instead: \(facts.resetCommand).")
        return RankedFinding(finding, .afterLogin, at: nil)
    }
}
