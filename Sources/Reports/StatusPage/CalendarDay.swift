import Portal

/// A date on the wall calendar of some zone, without a time: `2026-11-12`.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Midnight at the start of the day; always a valid date.
    private let midnight: LocalDateTime

    /// The day, or nil when the date does not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard let midnight = LocalDateTime(year: year, month: month, day: day) else { return nil }
        self.midnight = midnight
    }

    /// The day that `zone`'s calendar shows at `instant`.
    public init(containing instant: Instant, in zone: Zone) {
        midnight = zone.local(instant).startOfDay
    }

    private init(midnight: LocalDateTime) {
        self.midnight = midnight
    }

    /// The year.
    public var year: Int { midnight.year }
    /// The month, 1...12.
    public var month: Int { midnight.month }
    /// The day of the month.
    public var day: Int { midnight.day }

    /// The day `count` calendar days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(midnight: midnight.adding(days: count))
    }

    /// The instant the day begins in `zone`: local midnight, or the first instant after it when
    /// the clocks skip midnight.
    public func start(in zone: Zone) -> Instant {
        zone.instant(for: midnight)
    }

    /// `2026-11-12`.
    public var description: String {
        String(midnight.description.prefix(10))
    }

    /// Whether `lhs` is the earlier day.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        lhs.midnight < rhs.midnight
    }
}
