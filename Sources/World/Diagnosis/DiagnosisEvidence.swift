import Portal

/// Everything the world holds about one account that a diagnosis reads: read at one world
/// clock, in one transaction, through indexes only (the account's events by
/// `events_by_account`, never a scan of the log). What it means is decided in `Helpdesk`.
public struct DiagnosisEvidence: Equatable, Sendable {
    /// How far back the account's events are read.
    public static let window = TimeSpan.days(7)
    /// At most this many of them, the newest (an attacked account can have thousands).
    public static let eventLimit = 500

    /// The profile.
    public let account: Account
    /// The world clock it was read at.
    public let now: Instant
    /// The zone the world's times are shown in.
    public let zone: Zone
    /// The rules the world runs by (lock, code, reset and session settings).
    public let policy: PortalPolicy
    /// The desk gave a temporary password, and the next login must choose a new one
    /// (`accounts.must_change_password`). `var` so a test can stand in for the desk action.
    public var mustChangePassword: Bool
    /// The last successful login, as the store keeps it.
    public let lastLoginAt: Instant?
    /// The lock now and the failures behind it (what `LockCause` decides from).
    public let lock: LockHistory
    /// Failures that still count now (older ones are cleared by the next failure).
    public let countedFailures: Int
    /// The code of a login in progress, if one is outstanding.
    public let challenge: OTPChallenge?
    /// The account's events of the last `window`, oldest first; the newest `eventLimit` of them.
    public let events: [LoggedEvent]
    /// Whether older events of the window were left out to keep to `eventLimit`.
    public let isTruncated: Bool
    /// The newest reset links and codes sent, newest first.
    public let resetTokens: [ResetToken]
    /// Sessions active now.
    public let sessions: [Session]
    /// Components that were not operational between the first of `events` and now.
    public let periods: [ComponentPeriod]
    /// Applications waiting for the person, then those waiting on the office too long.
    public let applications: [ApplicationAttention]
    /// Visits to a phishing site, newest first (any age: a stolen password stays stolen).
    public let phishingVisits: [Event]
    /// Addresses and devices of the successful logins before the newest phishing visit:
    /// what a login after it is measured against. Empty without a visit.
    public let familiarBeforePhishing: FamiliarSources
    /// For each address a login in `events` got past the password from (it succeeded, or a code
    /// was sent), how many accounts it failed to log in to in the whole log: the right password
    /// from an address that tried many accounts is someone else's.
    public let rightPasswordSources: [IPAddress: Int]
}
