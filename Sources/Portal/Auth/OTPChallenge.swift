/// A login's request for a one-time code: which channel, until when, how many tries are left.
///
/// The code itself is not here: the caller makes it, keeps its hash and sends it (the
/// simulator only models whether the person types it right), and answers `matches` when asked.
public struct OTPChallenge: Equatable, Sendable {
    /// Where the codes go.
    public var channel: Channel
    /// Why the code was asked for (`second-factor-enrolled`, `after-reset`, …).
    public var reason: ReasonCode
    /// The device the login came from; a code is good only there.
    public var device: DeviceLabel?
    /// When the current code was sent.
    public var issuedAt: Instant
    /// When the current code stops working.
    public var expiresAt: Instant
    /// Wrong codes entered so far.
    public var tries: Int
    /// Codes sent after the first.
    public var resends: Int
    /// Whether a right code was entered.
    public var isUsed: Bool
    /// Whether the gateway took the current code (false when it was down).
    public var isDelivered: Bool

    /// A new challenge whose first code goes out at `now`.
    public init(channel: Channel, reason: ReasonCode, device: DeviceLabel?, at now: Instant, isDelivered: Bool, policy: OTPPolicy) {
        self.channel = channel
        self.reason = reason
        self.device = device
        self.issuedAt = now
        self.expiresAt = now + policy.ttl
        self.tries = 0
        self.resends = 0
        self.isUsed = false
        self.isDelivered = isDelivered
    }

    /// Where a challenge stands.
    public enum State: Equatable, Sendable {
        case live
        case expired
        /// `maxTries` wrong codes were entered.
        case exhausted
        case used
    }

    /// The state at `now`.
    public func state(at now: Instant, policy: OTPPolicy) -> State {
        if isUsed { return .used }
        if tries >= policy.maxTries { return .exhausted }
        if now >= expiresAt { return .expired }
        return .live
    }

    /// Sends a new code in place of the current one; false when the resend limit is reached.
    public mutating func resend(at now: Instant, isDelivered: Bool, policy: OTPPolicy) -> Bool {
        guard resends < policy.maxResends else { return false }
        resends += 1
        issuedAt = now
        expiresAt = now + policy.ttl
        self.isDelivered = isDelivered
        return true
    }

    /// What entering a code did.
    public enum Check: Equatable, Sendable {
        case accepted
        /// Not the code; `triesLeft` more may be tried.
        case wrong(triesLeft: Int)
        /// Not checked: the challenge was not live.
        case refused(State)
    }

    /// Checks an entered code at `now`; `matches` is asked only when the challenge is live.
    /// Inlined where the login checks a code: a call, with the policy copied for it, for a
    /// handful of comparisons on every code typed (9 M of 1,884 M instructions at 100,000 people).
    @inline(__always)
    public mutating func check(at now: Instant, policy: OTPPolicy, matches: () -> Bool) -> Check {
        let current = state(at: now, policy: policy)
        guard current == .live else { return .refused(current) }
        if matches() {
            isUsed = true
            return .accepted
        }
        tries += 1
        return .wrong(triesLeft: max(0, policy.maxTries - tries))
    }
}
