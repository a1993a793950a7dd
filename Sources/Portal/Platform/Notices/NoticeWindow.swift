/// A stretch of time a notice covers: one maintenance window, or an incident from its start.
public struct NoticeWindow: Hashable, Sendable {
    /// The first instant of the window.
    public let starts: Instant
    /// The first instant after it; nil for an incident with no end yet.
    public let ends: Instant?

    /// A window from `starts` to `ends` (nil: open).
    public init(starts: Instant, ends: Instant?) {
        self.starts = starts
        self.ends = ends
    }

    /// Whether `instant` falls in the window (the start in, the end out).
    public func contains(_ instant: Instant) -> Bool {
        starts <= instant && ends.map { instant < $0 } ?? true
    }

    /// Whether the two windows share an instant (windows that only touch do not).
    public func overlaps(_ other: NoticeWindow) -> Bool {
        (other.ends.map { starts < $0 } ?? true) && (ends.map { other.starts < $0 } ?? true)
    }

    /// The length, or nil when open.
    public var length: TimeSpan? {
        ends.map { $0 - starts }
    }

    /// The part of the window within `from..<to`, or nil when none is.
    public func clipped(from: Instant, to: Instant) -> NoticeWindow? {
        let start = max(starts, from)
        let end = min(ends ?? to, to)
        return start < end ? NoticeWindow(starts: start, ends: end) : nil
    }
}
