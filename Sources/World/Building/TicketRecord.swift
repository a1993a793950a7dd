import Portal

/// A support ticket as the world stores it.
public struct TicketRecord: Sendable, Equatable {
    /// Ticket number.
    public var id: Int64
    /// When the person made contact.
    public var openedAt: Instant
    /// Whose ticket it is (nil when the person gave no account the desk could find).
    public var account: AccountID?
    /// `hotline`, `email` or `form`.
    public var channel: String
    /// What the person says, in their words.
    public var says: String
    /// The message the portal showed them, if they quote one.
    public var messageSeen: String?
    /// The desk's category (`login`, `otp`, `password-reset`, `locked`, `verification`, `outage`, `security`).
    public var category: String
    /// What really happened, for grading; never shown as the ticket's text.
    public var trueCause: String
    /// `new`, `open`, `pending`, `solved` or `closed`.
    public var status: String
    /// `low`, `normal`, `high` or `urgent`.
    public var priority: String

    /// A ticket.
    public init(id: Int64, openedAt: Instant, account: AccountID?, channel: String, says: String, messageSeen: String?,
                category: String, trueCause: String, status: String = "new", priority: String = "normal") {
        self.id = id
        self.openedAt = openedAt
        self.account = account
        self.channel = channel
        self.says = says
        self.messageSeen = messageSeen
        self.category = category
        self.trueCause = trueCause
        self.status = status
        self.priority = priority
    }
}
