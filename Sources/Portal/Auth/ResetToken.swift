/// A password-reset link (e-mail) or code (SMS) that was sent: single use, expires, limited tries.
///
/// As with one-time codes, the secret is the caller's: it keeps the hash and answers `matches`.
public struct ResetToken: Equatable, Sendable {
    /// The store's number for it.
    public var id: Int64
    /// How it was sent.
    public var channel: Channel
    /// When it was asked for.
    public var requestedAt: Instant
    /// When it stops working.
    public var expiresAt: Instant
    /// When it was used, if it was.
    public var usedAt: Instant?
    /// Wrong tokens submitted while this one was outstanding.
    public var tries: Int

    /// A token sent at `now`.
    public init(id: Int64, channel: Channel, at now: Instant, policy: ResetPolicy) {
        self.init(id: id, channel: channel, requestedAt: now, expiresAt: now + policy.ttl, usedAt: nil, tries: 0)
    }

    /// A token as stored.
    public init(id: Int64, channel: Channel, requestedAt: Instant, expiresAt: Instant, usedAt: Instant?, tries: Int) {
        self.id = id
        self.channel = channel
        self.requestedAt = requestedAt
        self.expiresAt = expiresAt
        self.usedAt = usedAt
        self.tries = tries
    }

    /// Where a token stands.
    public enum State: Equatable, Sendable {
        case live
        case expired
        case used
        /// `maxTries` wrong tokens were tried while it was outstanding.
        case exhausted
    }

    /// The state at `now`.
    public func state(at now: Instant, policy: ResetPolicy) -> State {
        if usedAt != nil { return .used }
        if tries >= policy.maxTries { return .exhausted }
        if now >= expiresAt { return .expired }
        return .live
    }
}
