/// A point in time: milliseconds since 1970-01-01T00:00:00Z, leap seconds not counted (POSIX time).
///
/// The world clock, every event and every expiry are instants. People see them through a
/// ``Zone`` (`display(in:)`, `iso8601(in:)`); `description` is the same text in UTC.
public struct Instant: Hashable, Comparable, Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z; negative before it.
    public var millisecondsSince1970: Int64

    /// The instant `millisecondsSince1970` milliseconds after 1970-01-01T00:00:00Z.
    @inlinable
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// Whether `lhs` comes before `rhs`.
    @inlinable
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }

    /// The instant `rhs` after `lhs` (before it when `rhs` is negative). Traps on overflow.
    @inlinable
    public static func + (lhs: Instant, rhs: TimeSpan) -> Instant {
        Instant(millisecondsSince1970: lhs.millisecondsSince1970 + rhs.milliseconds)
    }

    /// The instant `rhs` before `lhs`. Traps on overflow.
    @inlinable
    public static func - (lhs: Instant, rhs: TimeSpan) -> Instant {
        Instant(millisecondsSince1970: lhs.millisecondsSince1970 - rhs.milliseconds)
    }

    /// The time from `rhs` to `lhs`: negative when `lhs` is the earlier one. Traps on overflow.
    @inlinable
    public static func - (lhs: Instant, rhs: Instant) -> TimeSpan {
        TimeSpan(milliseconds: lhs.millisecondsSince1970 - rhs.millisecondsSince1970)
    }

    /// Moves `lhs` later by `rhs`.
    @inlinable
    public static func += (lhs: inout Instant, rhs: TimeSpan) {
        lhs.millisecondsSince1970 += rhs.milliseconds
    }

    /// Moves `lhs` earlier by `rhs`.
    @inlinable
    public static func -= (lhs: inout Instant, rhs: TimeSpan) {
        lhs.millisecondsSince1970 -= rhs.milliseconds
    }
}

extension Instant: CustomStringConvertible {
    /// The instant in UTC, as `iso8601(in:)` writes it: `2026-12-01T02:30:00+00:00`.
    public var description: String {
        ISO8601Text.format(self, offsetMilliseconds: 0)
    }
}
