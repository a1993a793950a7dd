/// One entry of the world's event log: every state change, with the true reason.
///
/// The log's sequence number is not part of the value: the store assigns it when it appends,
/// so events at the same instant keep the order in which they happened.
public struct Event: Equatable, Sendable {
    public var at: Instant
    public var account: AccountID?
    public var kind: EventKind
    public var reason: ReasonCode
    public var ip: IPAddress?
    public var device: String?
    public var channel: Channel?
    public var component: Component?
    /// Machine-readable extras as `key=value` pairs separated by spaces (`until=… failures=5`).
    public var detail: String?

    /// Makes an event; everything but time, kind and reason is optional.
    public init(
        at: Instant, account: AccountID?, kind: EventKind, reason: ReasonCode,
        ip: IPAddress? = nil, device: String? = nil, channel: Channel? = nil,
        component: Component? = nil, detail: String? = nil
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
