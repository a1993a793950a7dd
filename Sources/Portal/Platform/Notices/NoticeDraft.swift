/// What the desk asks to publish, before `Notice.publish` has checked it.
public struct NoticeDraft: Hashable, Sendable {
    /// How the first window ends.
    public enum End: Hashable, Sendable {
        /// After this long.
        case after(TimeSpan)
        /// At this instant.
        case at(Instant)
        /// Not yet known: an incident only.
        case open
    }

    /// Maintenance or incident.
    public var kind: NoticeKind
    /// The headline; both languages are required (an empty text counts as missing).
    public var title: UserMessage
    /// More words, or nil; when given, both languages are required.
    public var body: UserMessage?
    /// The components, each with the status asked for or none (the kind's default).
    public var components: [AffectedComponent.Request]
    /// The start of the (first) window.
    public var starts: Instant
    /// How the (first) window ends.
    public var end: End
    /// How the windows repeat (maintenance only), or nil for one window.
    public var recurrence: Recurrence?

    /// A draft with every field given.
    public init(
        kind: NoticeKind, title: UserMessage, body: UserMessage? = nil, components: [AffectedComponent.Request],
        starts: Instant, end: End, recurrence: Recurrence? = nil
    ) {
        self.kind = kind
        self.title = title
        self.body = body
        self.components = components
        self.starts = starts
        self.end = end
        self.recurrence = recurrence
    }
}
