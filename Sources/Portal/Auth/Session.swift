/// A logged-in session: ends on logout, on a password reset, or by the idle and absolute timeouts.
public struct Session: Equatable, Sendable {
    /// The store's number for it.
    public var id: Int64
    /// The account that logged in.
    public var account: AccountID
    /// When the login succeeded; the absolute timeout counts from here.
    public var startedAt: Instant
    /// The last request seen in it.
    public var lastSeenAt: Instant
    /// When it was ended explicitly (logout, reset); timeouts need no write.
    public var endedAt: Instant?
    /// Why it was ended explicitly (`logout`, `reset-completed`); nil while `endedAt` is.
    public var endReason: ReasonCode?
    /// The address the login came from.
    public var ip: IPAddress?
    /// The device label the login came from; logout ends sessions by it.
    public var device: DeviceLabel?

    /// A session that starts at `now`.
    public init(id: Int64, account: AccountID, at now: Instant, ip: IPAddress?, device: DeviceLabel?) {
        self.init(id: id, account: account, startedAt: now, lastSeenAt: now, endedAt: nil, endReason: nil, ip: ip, device: device)
    }

    /// A session as stored.
    public init(
        id: Int64, account: AccountID, startedAt: Instant, lastSeenAt: Instant,
        endedAt: Instant?, endReason: ReasonCode?, ip: IPAddress?, device: DeviceLabel?
    ) {
        self.id = id
        self.account = account
        self.startedAt = startedAt
        self.lastSeenAt = lastSeenAt
        self.endedAt = endedAt
        self.endReason = endReason
        self.ip = ip
        self.device = device
    }

    /// Starts a session for a login that just succeeded. It has no event of its own: the
    /// login's `login-succeeded` names it (`LoginAttempt.sessionID`), since every session
    /// starts with a login and one event for the two halves the event log of a big run.
    public static func start(id: Int64, account: AccountID, at now: Instant, ip: IPAddress?, device: DeviceLabel?) -> Session {
        Session(id: id, account: account, at: now, ip: ip, device: device)
    }

    /// Where a session stands.
    public enum State: Equatable, Sendable {
        /// Usable: neither timed out nor ended.
        case active
        /// Unused for the idle timeout; ended at the instant given.
        case idleExpired(at: Instant)
        /// Older than the absolute timeout; ended at the instant given.
        case absoluteExpired(at: Instant)
        /// Ended explicitly for the reason given (`logout`, `reset-completed`), at the instant given.
        case ended(ReasonCode, at: Instant)
    }

    /// The state at `now`: timeouts are worked out from the times, whichever came first.
    public func state(at now: Instant, policy: SessionPolicy) -> State {
        let idleEnd = lastSeenAt + policy.idle
        let absoluteEnd = startedAt + policy.absolute
        let timeout = min(idleEnd, absoluteEnd)
        if let endedAt, endedAt <= now, endedAt <= timeout {
            return .ended(endReason ?? .logout, at: endedAt)
        }
        if now >= timeout {
            return idleEnd <= absoluteEnd ? .idleExpired(at: idleEnd) : .absoluteExpired(at: absoluteEnd)
        }
        return .active
    }

    /// Whether the session is usable at `now`.
    public func isActive(at now: Instant, policy: SessionPolicy) -> Bool {
        state(at: now, policy: policy) == .active
    }

    /// A request at `now` keeps the session alive; false (and no change) when it has already ended.
    public mutating func touch(at now: Instant, policy: SessionPolicy) -> Bool {
        guard isActive(at: now, policy: policy) else { return false }
        lastSeenAt = max(lastSeenAt, now)
        return true
    }

    /// Ends an active session at `now` for `reason`, with its event; false (and nothing done)
    /// when it was already over.
    @discardableResult
    public mutating func end<R: EventRecorder>(at now: Instant, reason: ReasonCode, policy: SessionPolicy, events: inout R) -> Bool {
        guard isActive(at: now, policy: policy) else { return false }
        endedAt = now
        endReason = reason
        events.record(Event(at: now, account: account, kind: .sessionEnded, reason: reason, ip: ip, device: device,
                            detail: .session(id)))
        return true
    }
}
