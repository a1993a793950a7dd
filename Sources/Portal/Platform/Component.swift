/// A part of the portal that can fail or be taken down for maintenance on its own.
public enum Component: String, CaseIterable, Sendable {
    case auth
    case captcha
    case smsGateway = "sms-gateway"
    case email
    case applications
    case documents
    case payments
}
