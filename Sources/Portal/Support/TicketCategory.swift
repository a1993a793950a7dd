/// What a ticket is about, as a first-line agent files it: the category of a ticket and of its
/// `ticket-opened` event. In the order the desk lists them.
public enum TicketCategory: String, CaseIterable, Sendable {
    case login
    case otp
    case passwordReset = "password-reset"
    case locked
    case verification
    case outage
    case security
    case application
}
