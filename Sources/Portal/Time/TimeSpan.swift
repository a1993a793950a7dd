/// A length of time in milliseconds; negative when it runs backwards (`earlier - later`).
///
/// Not `Swift.Duration`: that one is 128-bit and too slow for the simulator's hot path.
/// Written and read as `250ms`, `90s`, `15m`, `2h`, `3d`, `1h30m` (see `init?(parsing:)`).
/// Arithmetic traps on overflow, like `Int64`'s.
public struct TimeSpan: Hashable, Comparable, Sendable {
    /// The length in milliseconds.
    public var milliseconds: Int64

    /// A span of `milliseconds` milliseconds.
    @inlinable
    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// No time at all.
    @inlinable
    public static var zero: TimeSpan { TimeSpan(milliseconds: 0) }

    /// A span of `count` milliseconds.
    @inlinable
    public static func milliseconds<Count: BinaryInteger>(_ count: Count) -> TimeSpan {
        TimeSpan(milliseconds: Int64(count))
    }

    /// A span of `count` seconds.
    @inlinable
    public static func seconds<Count: BinaryInteger>(_ count: Count) -> TimeSpan {
        TimeSpan(milliseconds: Int64(count) * 1_000)
    }

    /// A span of `count` minutes.
    @inlinable
    public static func minutes<Count: BinaryInteger>(_ count: Count) -> TimeSpan {
        TimeSpan(milliseconds: Int64(count) * 60_000)
    }

    /// A span of `count` hours.
    @inlinable
    public static func hours<Count: BinaryInteger>(_ count: Count) -> TimeSpan {
        TimeSpan(milliseconds: Int64(count) * 3_600_000)
    }

    /// A span of `count` days of exactly 24 hours (a wall-clock day across a DST change is not
    /// 24 hours: use `LocalDateTime.adding(days:)` and a ``Zone`` for that).
    @inlinable
    public static func days<Count: BinaryInteger>(_ count: Count) -> TimeSpan {
        TimeSpan(milliseconds: Int64(count) * 86_400_000)
    }

    /// Whether `lhs` is shorter than `rhs`.
    @inlinable
    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// The two spans end to end.
    @inlinable
    public static func + (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan {
        TimeSpan(milliseconds: lhs.milliseconds + rhs.milliseconds)
    }

    /// `lhs` shortened by `rhs`; negative when `rhs` is longer.
    @inlinable
    public static func - (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan {
        TimeSpan(milliseconds: lhs.milliseconds - rhs.milliseconds)
    }

    /// The span running the other way.
    @inlinable
    public static prefix func - (span: TimeSpan) -> TimeSpan {
        TimeSpan(milliseconds: -span.milliseconds)
    }

    /// `lhs` repeated `rhs` times.
    @inlinable
    public static func * (lhs: TimeSpan, rhs: Int) -> TimeSpan {
        TimeSpan(milliseconds: lhs.milliseconds * Int64(rhs))
    }

    /// `rhs` repeated `lhs` times.
    @inlinable
    public static func * (lhs: Int, rhs: TimeSpan) -> TimeSpan {
        TimeSpan(milliseconds: Int64(lhs) * rhs.milliseconds)
    }

    /// One `rhs`-th of `lhs`, in whole milliseconds rounded toward zero. Traps when `rhs` is 0.
    @inlinable
    public static func / (lhs: TimeSpan, rhs: Int) -> TimeSpan {
        TimeSpan(milliseconds: lhs.milliseconds / Int64(rhs))
    }

    /// Lengthens `lhs` by `rhs`.
    @inlinable
    public static func += (lhs: inout TimeSpan, rhs: TimeSpan) {
        lhs.milliseconds += rhs.milliseconds
    }

    /// Shortens `lhs` by `rhs`.
    @inlinable
    public static func -= (lhs: inout TimeSpan, rhs: TimeSpan) {
        lhs.milliseconds -= rhs.milliseconds
    }
}
