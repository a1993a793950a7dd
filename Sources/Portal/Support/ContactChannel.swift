/// How a person contacted support: the channel of a ticket, and of its `ticket-opened` event.
public enum ContactChannel: String, CaseIterable, Sendable {
    case hotline
    case email
    case form
}
