import Portal

/// A notification as the world stores it, its text already made in the account's language: a
/// simulation makes a partition's rows, then stores them many a statement.
public struct NotificationRow: Sendable {
    let account: AccountID
    let at: Instant
    let topic: NotificationTopic
    let application: Int64?
    let language: Language
    let text: String
    let readAt: Instant?

    /// `notification` as `language` speaks it, read at `readAt` or unread.
    public init(_ notification: Notification, language: Language, readAt: Instant?) {
        account = notification.account
        at = notification.at
        topic = notification.topic
        application = notification.application
        self.language = language
        text = notification.text.text(in: language)
        self.readAt = readAt
    }
}
