/// One thing the diagnosis found: a cause, what it means, the log's evidence for it and what
/// the desk should do.
public struct Finding: Equatable, Sendable {
    /// DESIGN.md's diagnosis causes, plus a few of our own; the raw value is the contract's name.
    public enum Cause: String, CaseIterable, Sendable {
        /// Nothing in the log explains a problem.
        case ok
        /// No account matches what was asked about.
        case unknownAccount = "unknown-account"
        /// Identity verification is not done (unverified, pending or rejected): login is refused.
        case unverifiedIdentity = "unverified-identity"
        /// The account is suspended or disabled.
        case suspended
        /// Locked for a while by the person's own failures (or an outage's); ends by itself.
        case lockedTemporary = "locked-temporary"
        /// Locked until the desk unlocks it.
        case lockedPermanent = "locked-permanent"
        /// Locked by someone else's failures.
        case lockedByAttack = "locked-by-attack"
        /// Login codes were not delivered: the SMS or e-mail gateway was down.
        case otpUndeliveredOutage = "otp-undelivered-outage"
        /// Codes arrived but were typed wrong, late or on another device.
        case otpFailed = "otp-failed"
        /// Logins refused because a component was under maintenance.
        case maintenance
        /// Logins refused because a component was down.
        case serviceOutage = "service-outage"
        /// A reset link or code was sent and is still unused and valid.
        case resetPending = "reset-pending"
        /// A reset link or code expired (or took too many wrong tries) before it was used.
        case resetExpired = "reset-expired"
        /// The desk gave a temporary password; the next login must choose a new one.
        case mustChangePassword = "must-change-password"
        /// The person says they cannot log in, but none of their tries reached the portal.
        case noServerActivity = "no-server-activity"
        /// Someone else logged in, or holds the password (a phishing site took it).
        case compromised
        /// The CAPTCHA was answered wrong, so the password was never checked.
        case captchaFailures = "captcha-failures"
        /// An application waits for the person: a document to upload again, a visit to book.
        case applicationNeedsAction = "application-needs-action"
        // Ours, beyond DESIGN.md's list.
        /// Wrong passwords, not (yet) enough to lock the account.
        case wrongPassword = "wrong-password"
        /// Logins from the person's address are turned away after many failures from it.
        case sourceThrottled = "source-throttled"
        /// An application has waited on the office longer than its kind usually takes.
        case applicationStuck = "application-stuck"
    }

    /// Which cause.
    public let cause: Cause
    /// One sentence a person at the desk can read out.
    public let summary: String
    /// The facts from the log it rests on: times in the world's zone, counts, addresses.
    public let evidence: [String]
    /// What to do, in the imperative, naming the `apoa` command to run.
    public let action: String

    /// A finding.
    public init(_ cause: Cause, summary: String, evidence: [String], action: String) {
        self.cause = cause
        self.summary = summary
        self.evidence = evidence
        self.action = action
    }
}
