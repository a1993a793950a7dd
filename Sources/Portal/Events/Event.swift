/// One entry of the world's event log: every state change, with the true reason.
///
/// The log's sequence number is not part of the value: the store assigns it when it appends,
/// so events at the same instant keep the order in which they happened.
public struct Event: Equatable, Sendable {
    /// When it happened, at the world clock.
    public var at: Instant
    /// The account it concerns; nil when none does (an unknown user, a blocked address, the clock).
    public var account: AccountID?
    /// What happened; `reason` says why.
    public var kind: EventKind
    /// The true reason, even when the person was shown a vaguer message.
    public var reason: ReasonCode
    /// The address the request came from; nil when unknown or not a request (the desk, the clock).
    public var ip: IPAddress?
    /// The device label the request came from (`phone-1`); nil when there was none.
    public var device: DeviceLabel?
    /// SMS or e-mail, for events about a code or reset message; nil otherwise.
    public var channel: Channel?
    /// The component that was down and caused this (a refusal, an undelivered message); nil otherwise.
    public var component: Component?
    /// Extras (a failure count, a lock's end, a session number), written as `key=value` words.
    public var detail: EventDetail?

    /// Makes an event; everything but time, kind and reason is optional.
    public init(
        at: Instant, account: AccountID?, kind: EventKind, reason: ReasonCode,
        ip: IPAddress? = nil, device: DeviceLabel? = nil, channel: Channel? = nil,
        component: Component? = nil, detail: EventDetail? = nil
    ) {
        self.at = at
        self.account = account
        self.kind = kind
        self.reason = reason
        self.ip = ip
        self.device = device
        self.channel = channel
        self.component = component
        self.detail = detail
    }
}
