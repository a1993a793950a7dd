/// How a message reaches a person.
public enum Channel: String, CaseIterable, Sendable {
    case sms
    case email

    /// The component that carries messages on this channel.
    public var gateway: Component {
        switch self {
        case .sms: .smsGateway
        case .email: .email
        }
    }
}
