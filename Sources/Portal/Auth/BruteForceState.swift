/// One account's brute-force record: Keycloak's `UserLoginFailure` plus the permanent lock.
public struct BruteForceState: Equatable, Sendable {
    /// Failures counted since the last clear.
    public var failures: Int
    /// Temporary lockouts since the last clear (quick-login locks not included).
    public var temporaryLockouts: Int
    /// The previous failure that counts for the reset window and quick-login check; nil when none.
    public var lastFailure: Instant? {
        get { Instant(storedMilliseconds: lastFailureMilliseconds) }
        set { lastFailureMilliseconds = newValue.storedMilliseconds }
    }
    /// Login is refused before this instant; nil when there was no lock.
    public var notBefore: Instant? {
        get { Instant(storedMilliseconds: notBeforeMilliseconds) }
        set { notBeforeMilliseconds = newValue.storedMilliseconds }
    }
    /// `lastFailure` as it is stored (`Instant.noneMilliseconds` for none): the simulator keeps
    /// it so, and copies it in and out without an optional on the way.
    public var lastFailureMilliseconds: Int64
    /// `notBefore` as it is stored (`Instant.noneMilliseconds` for none).
    public var notBeforeMilliseconds: Int64
    /// Disabled by the permanent-lockout rule until someone at the desk unlocks it.
    public var isPermanentlyLocked: Bool
    /// Where the last failure came from.
    public var lastFailureIP: IPAddress?

    /// A clean record.
    public init(
        failures: Int = 0, temporaryLockouts: Int = 0, lastFailure: Instant? = nil,
        notBefore: Instant? = nil, isPermanentlyLocked: Bool = false, lastFailureIP: IPAddress? = nil
    ) {
        self.init(failures: failures, temporaryLockouts: temporaryLockouts,
                  lastFailureMilliseconds: lastFailure.storedMilliseconds, notBeforeMilliseconds: notBefore.storedMilliseconds,
                  isPermanentlyLocked: isPermanentlyLocked, lastFailureIP: lastFailureIP)
    }

    /// A record with its times as stored (`Instant.noneMilliseconds` for none): the simulator's.
    @inlinable
    public init(
        failures: Int, temporaryLockouts: Int, lastFailureMilliseconds: Int64, notBeforeMilliseconds: Int64,
        isPermanentlyLocked: Bool, lastFailureIP: IPAddress?
    ) {
        self.failures = failures
        self.temporaryLockouts = temporaryLockouts
        self.lastFailureMilliseconds = lastFailureMilliseconds
        self.notBeforeMilliseconds = notBeforeMilliseconds
        self.isPermanentlyLocked = isPermanentlyLocked
        self.lastFailureIP = lastFailureIP
    }

    /// A lock as someone at the desk sees it.
    public enum Lock: Equatable, Sendable {
        case none
        /// Login is refused before the instant given; the lock then ends by itself.
        case temporary(until: Instant)
        /// Locked until someone at the desk unlocks it.
        case permanent
    }

    /// The lock in force at `now`.
    public func lock(at now: Instant) -> Lock {
        if isPermanentlyLocked { return .permanent }
        if let notBefore, now < notBefore { return .temporary(until: notBefore) }
        return .none
    }

    /// The failures that still count at `now`: none once `failureReset` has passed since the
    /// last one (the next failure would start a new count), except in pure permanent mode.
    /// What the desk shows; the stored count is cleared only by that next failure, as in Keycloak.
    public func effectiveFailures(at now: Instant, policy: BruteForcePolicy) -> Int {
        guard !policy.isPurePermanent, let lastFailure, now - lastFailure > policy.failureReset else { return failures }
        return 0
    }

    /// Whether a login at `now` is refused before its password is even checked.
    public func isLocked(at now: Instant) -> Bool {
        lock(at: now) != .none
    }

    /// Forgets every failure and lock: Keycloak's `clearFailures`, used on success and by unlocking.
    public mutating func clear() {
        self = BruteForceState()
    }
}
