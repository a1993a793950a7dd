/// What the portal answered a login submission.
public enum LoginOutcome: Equatable, Sendable {
    /// In: a session was started.
    case loggedIn
    /// A one-time code went out (or should have: `isDelivered` is false when the gateway was down).
    case codeSent(channel: Channel, isDelivered: Bool, isResend: Bool)
    /// The code typed was not accepted; `reason` is `otp-wrong`, `otp-expired`, `otp-exhausted` or `otp-missing`.
    case codeRejected(ReasonCode, triesLeft: Int)
    /// Not in, for `reason` (which the person may not be told: see `message`).
    case refused(ReasonCode)

    /// Whether the person is now logged in.
    public var isLoggedIn: Bool { self == .loggedIn }

    /// The true reason, as logged.
    public var reason: ReasonCode {
        switch self {
        case .loggedIn: .ok
        case .codeSent(_, let isDelivered, _): isDelivered ? .ok : .gatewayUnavailable
        case .codeRejected(let reason, _), .refused(let reason): reason
        }
    }
}
