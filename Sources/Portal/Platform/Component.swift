/// A part of the portal that can fail or be taken down for maintenance on its own.
public enum Component: String, CaseIterable, Sendable {
    /// Login itself: a request it does not answer is refused (`maintenance` or `service-outage`).
    case auth
    case captcha
    case smsGateway = "sms-gateway"
    /// The e-mail gateway.
    case email
    case applications
    case documents
    case payments
}
