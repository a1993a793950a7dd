/// What the portal remembers of one source address: its recent failures and whether it is
/// turned away.
public struct SourceRecord: Equatable, Sendable {
    /// Failures counted from the address (see `failures(at:policy:)` for the count in force).
    public var failures: Int
    /// The last failure from it.
    public var lastFailure: Instant? {
        get { Instant(storedMilliseconds: lastFailureMilliseconds) }
        set { lastFailureMilliseconds = newValue.storedMilliseconds }
    }
    /// Logins from it are refused before this instant.
    public var blockedUntil: Instant? {
        get { Instant(storedMilliseconds: blockedUntilMilliseconds) }
        set { blockedUntilMilliseconds = newValue.storedMilliseconds }
    }

    // The times as stored (`Instant.noneMilliseconds` for none): the simulator compares the
    // record before and after every login, and three words compare without a call, where the
    // optionals' synthesised comparison was one (11 M of 1,900 M instructions at 100,000 people).
    private var lastFailureMilliseconds: Int64
    private var blockedUntilMilliseconds: Int64

    /// A clean record, or one as stored.
    public init(failures: Int = 0, lastFailure: Instant? = nil, blockedUntil: Instant? = nil) {
        self.failures = failures
        lastFailureMilliseconds = lastFailure.storedMilliseconds
        blockedUntilMilliseconds = blockedUntil.storedMilliseconds
    }

    /// The failures that count at `now`: none once the window has passed since the last one.
    public func failures(at now: Instant, policy: ThrottlePolicy) -> Int {
        guard let lastFailure, now - lastFailure <= policy.window else { return 0 }
        return failures
    }

    /// Whether the address is turned away at `now`.
    public func isBlocked(at now: Instant) -> Bool {
        blockedUntil.map { now < $0 } ?? false
    }

    /// Counts a failure at `now`; true when it turned the address away.
    public mutating func recordFailure(at now: Instant, policy: ThrottlePolicy) -> Bool {
        failures = failures(at: now, policy: policy) + 1
        lastFailure = now
        guard policy.maxFailures > 0, failures >= policy.maxFailures, !isBlocked(at: now) else { return false }
        blockedUntil = now + policy.block
        return true
    }
}
