/// A civil (wall-clock) date and time without a zone: what a calendar on the wall shows.
///
/// Proleptic Gregorian. Every value is a real date and time of day (the initializer refuses
/// 30 February and hour 24); it need not exist in every zone (02:30 on a spring-forward day):
/// ``Zone/instant(for:)`` says how such a time is resolved. Ordered by date, then time.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    /// The year; 2026 is 2026 (year 0 is 1 BC).
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, from 1 to `LocalDateTime.daysIn(month:year:)`.
    public let day: Int
    /// The hour, 0 to 23.
    public let hour: Int
    /// The minute, 0 to 59.
    public let minute: Int
    /// The second, 0 to 59 (no leap seconds).
    public let second: Int
    /// The millisecond, 0 to 999.
    public let millisecond: Int

    /// A date and time of day, or nil when a field does not exist: month 1...12,
    /// day 1...`daysIn(month:year:)` (nil for 30 February), hour 0...23, minute and second 0...59,
    /// millisecond 0...999.
    public init?(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0
    ) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (0...999).contains(millisecond)
        else { return nil }
        self.init(
            unchecked: year, month: month, day: day, hour: hour, minute: minute, second: second,
            millisecond: millisecond)
    }

    /// For fields already known to be valid (computed from a day number).
    init(unchecked year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
    }

    /// The date and time `wallMilliseconds` after 1970-01-01T00:00:00 on the same wall clock.
    init(wallMilliseconds: Int64) {
        let dayNumber = CivilCalendar.floorDivide(wallMilliseconds, by: 86_400_000)
        let ofDay = Int(wallMilliseconds - dayNumber * 86_400_000)
        let date = CivilCalendar.date(dayNumber: dayNumber)
        self.init(
            unchecked: Int(date.year), month: Int(date.month), day: Int(date.day),
            hour: ofDay / 3_600_000, minute: ofDay / 60_000 % 60, second: ofDay / 1_000 % 60,
            millisecond: ofDay % 1_000)
    }

    /// Days from 1970-01-01 to this date.
    var dayNumber: Int64 {
        CivilCalendar.dayNumber(year: Int64(year), month: Int64(month), day: Int64(day))
    }

    /// Milliseconds from 1970-01-01T00:00:00 to this date and time on the same wall clock: the
    /// instant this would be if the zone were UTC.
    var wallMilliseconds: Int64 {
        dayNumber * 86_400_000
            + Int64(hour) * 3_600_000 + Int64(minute) * 60_000 + Int64(second) * 1_000 + Int64(millisecond)
    }

    /// The day of the week of this date.
    public var weekday: Weekday {
        // isoWeekday is always 1...7, so the fallback is never taken.
        Weekday(rawValue: CivilCalendar.isoWeekday(dayNumber: dayNumber)) ?? .monday
    }

    /// Whether `year` is a leap year: divisible by 4, except centuries not divisible by 400
    /// (2000 is, 1900 is not).
    public static func isLeapYear(_ year: Int) -> Bool {
        CivilCalendar.isLeapYear(year)
    }

    /// How many days `month` (1...12) of `year` has: 28 to 31. Traps when `month` is not 1...12.
    public static func daysIn(month: Int, year: Int) -> Int {
        precondition((1...12).contains(month), "a month is 1...12")
        return CivilCalendar.daysIn(month: month, year: year)
    }

    /// The same time of day `days` calendar days later (earlier when negative).
    ///
    /// A calendar day, not 24 hours: across a DST change the instants are 23 or 25 hours apart.
    public func adding(days: Int) -> LocalDateTime {
        LocalDateTime(wallMilliseconds: wallMilliseconds + Int64(days) * 86_400_000)
    }

    /// The same day of the month and time `months` months later (earlier when negative), or nil
    /// when that month has no such day (31 January plus one month): no clamping, so a caller
    /// that wants "the last day" asks for it with `daysIn(month:year:)`.
    public func adding(months: Int) -> LocalDateTime? {
        let monthIndex = year * 12 + (month - 1) + months
        let newYear = Int(CivilCalendar.floorDivide(Int64(monthIndex), by: 12))
        let newMonth = monthIndex - newYear * 12 + 1
        return LocalDateTime(
            year: newYear, month: newMonth, day: day, hour: hour, minute: minute, second: second,
            millisecond: millisecond)
    }

    /// Midnight at the start of this date.
    public var startOfDay: LocalDateTime {
        LocalDateTime(unchecked: year, month: month, day: day, hour: 0, minute: 0, second: 0, millisecond: 0)
    }

    /// Whether `lhs` comes before `rhs` on the same wall clock.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.wallMilliseconds < rhs.wallMilliseconds
    }
}

extension LocalDateTime: CustomStringConvertible {
    /// ISO 8601 without an offset: `2026-12-01T09:30:00`, with `.123` only when there are
    /// milliseconds.
    public var description: String {
        ASCIIWriter.string { writer in
            writer.appendDateTime(self, separator: "T", alwaysSeconds: true, milliseconds: true)
        }
    }
}
