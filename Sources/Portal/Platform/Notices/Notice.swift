/// A maintenance or incident notice: what people are told, in Indonesian and English, about
/// which components, when — and, from the clock and the desk's updates, where it stands.
///
/// Made by `Notice.publish` (which checks everything), changed only by `posting(_:)` and
/// `cancelling(at:by:reason:)`. Its status and what it does to components follow the clock:
/// ask at an instant (`status(at:)`, `componentStatuses(at:)`); nothing needs writing when a
/// window begins or ends.
public struct Notice: Hashable, Sendable {
    /// The notice's number in its world.
    public let id: Int64
    /// Maintenance or incident.
    public let kind: NoticeKind
    /// The headline, in both languages (one line each).
    public let title: UserMessage
    /// More words, in both languages, or nil.
    public let body: UserMessage?
    /// The components it is about and the status each takes while it is in force.
    public let components: [AffectedComponent]
    /// When it is in force.
    public let schedule: NoticeSchedule
    /// When it was published (at the world clock).
    public let publishedAt: Instant
    /// Who published it.
    public let publishedBy: String
    /// The desk's updates, oldest first.
    public internal(set) var updates: [NoticeUpdate]
    /// Set when it was called off.
    public internal(set) var cancellation: NoticeCancellation?

    /// A notice as stored. No checks: only `publish`, `posting` and `cancelling` make new ones.
    public init(
        id: Int64, kind: NoticeKind, title: UserMessage, body: UserMessage?, components: [AffectedComponent],
        schedule: NoticeSchedule, publishedAt: Instant, publishedBy: String, updates: [NoticeUpdate] = [],
        cancellation: NoticeCancellation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.body = body
        self.components = components
        self.schedule = schedule
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
        self.updates = updates
        self.cancellation = cancellation
    }

    /// `notice 3`: how the audit log names a notice.
    public static func auditTarget(_ id: Int64) -> String { "notice \(id)" }
}

/// What the desk said about a notice at a time: a status and a message in both languages.
public struct NoticeUpdate: Hashable, Sendable {
    /// When (the world clock).
    public let at: Instant
    /// The status it gives the notice (for maintenance, the clock's own, or `completed` early).
    public let status: NoticeStatus
    /// What people are told.
    public let message: UserMessage
    /// Who posted it.
    public let by: String

    /// An update at `at`.
    public init(at: Instant, status: NoticeStatus, message: UserMessage, by: String) {
        self.at = at
        self.status = status
        self.message = message
        self.by = by
    }
}

/// A notice called off: from `at` on it is `cancelled` and imposes nothing.
public struct NoticeCancellation: Hashable, Sendable {
    /// When (the world clock).
    public let at: Instant
    /// Who called it off.
    public let by: String
    /// Why, for the desk's record.
    public let reason: String

    /// A cancellation at `at`.
    public init(at: Instant, by: String, reason: String) {
        self.at = at
        self.by = by
        self.reason = reason
    }
}
