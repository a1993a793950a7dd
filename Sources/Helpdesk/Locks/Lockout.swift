import Portal
import World

/// A locked account and why: one line of `apoa lockouts`, and what `apoa unlock` decides from.
public struct Lockout: Sendable {
    /// Whose lock.
    public let account: Account
    /// What the log says of the lock (`history.lock` is the lock at the world clock).
    public let history: LockHistory
    /// Why, by the one rule (`LockCause`); nil when the log holds no failure of the count — a
    /// world simulated with `--record summary` keeps no event log to tell from.
    public let cause: LockCause?

    /// Reads the cause of an account's lock from its history.
    public init(account: Account, history: LockHistory) {
        self.account = account
        self.history = history
        self.cause = LockCause(history)
    }

    /// A locked account as the store read it.
    public init(_ locked: LockedAccount) {
        self.init(account: locked.account, history: locked.history)
    }

    /// The lock at the world clock: `.none` once a temporary lock has run out.
    public var lock: BruteForceState.Lock { history.lock }
    /// When the account was locked: the newest `account-locked` event of the count. Without an
    /// event log, the record's last counted failure: the one that set the lock (tries while
    /// locked are not counted).
    public var since: Instant? {
        history.lockedAt ?? (history.bruteForce.notBefore != nil || history.bruteForce.isPermanentlyLocked
            ? history.bruteForce.lastFailure : nil)
    }
    /// When a temporary lock ends, or ended; nil for a permanent one.
    public var until: Instant? { history.bruteForce.isPermanentlyLocked ? nil : history.bruteForce.notBefore }
    /// The failures of the count that locked it, as the record keeps them.
    public var failures: Int { history.bruteForce.failures }
    /// `temporary`, `permanent`, or `expired` for a lock that has run out.
    public var state: String {
        switch lock {
        case .temporary: "temporary"
        case .permanent: "permanent"
        case .none: "expired"
        }
    }
    /// The cause's short name (`attack`, `maintenance`, `outage`, `owner`), or `unknown`.
    public var causeName: String { cause?.name ?? "unknown" }
    /// One line on why, with the evidence.
    public var why: String { cause?.why(history) ?? "no failure of this count is in the event log" }
    /// Whether the lock came from an attack and no password reset has been done since: unlocking
    /// it as it is hands the account back to the attacker.
    public var isUnsafeToUnlock: Bool {
        guard case .attack = cause else { return false }
        return history.resetAfterFailures == nil
    }
}
