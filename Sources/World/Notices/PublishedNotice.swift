import Portal

/// A notice just published, with the maintenance it overlaps on a component: a warning for
/// the desk, not a refusal (`Notice.overlaps(with:from:)`).
public struct PublishedNotice: Equatable, Sendable {
    /// The notice as stored.
    public let notice: Notice
    /// The maintenance notices in force that take one of its components down at the same time.
    public let overlaps: [NoticeOverlap]
}
