/// Which calendar days a frequency falls on, as day numbers (days since 1970-01-01 on the
/// wall clock of the recurrence's zone).
extension Recurrence.Frequency {
    /// The first day on or after `day` that the frequency falls on.
    func firstDay(onOrAfter day: Int64) -> Int64 {
        switch self {
        case .daily:
            return day
        case .weekly(let days):
            let weekday = CivilCalendar.isoWeekday(dayNumber: day)
            let ahead = days.map { CivilCalendar.floorModulo(Int64($0.rawValue - weekday), by: 7) }.min() ?? 0
            return day + ahead
        case .monthly(let dayOfMonth):
            let date = CivilCalendar.date(dayNumber: day)
            var (year, month) = (date.year, date.month)
            if date.day > Int64(dayOfMonth) { (year, month) = Self.month(after: year, month) }
            // Every day from 1 to 31 comes at least once in any two months.
            while Int64(CivilCalendar.daysIn(month: Int(month), year: Int(year))) < Int64(dayOfMonth) {
                (year, month) = Self.month(after: year, month)
            }
            return CivilCalendar.dayNumber(year: year, month: month, day: Int64(dayOfMonth))
        }
    }

    /// The last day on or before `day` that the frequency falls on.
    func lastDay(onOrBefore day: Int64) -> Int64 {
        switch self {
        case .daily:
            return day
        case .weekly(let days):
            let weekday = CivilCalendar.isoWeekday(dayNumber: day)
            let back = days.map { CivilCalendar.floorModulo(Int64(weekday - $0.rawValue), by: 7) }.min() ?? 0
            return day - back
        case .monthly(let dayOfMonth):
            let date = CivilCalendar.date(dayNumber: day)
            var (year, month) = (date.year, date.month)
            if date.day < Int64(dayOfMonth) { (year, month) = Self.month(before: year, month) }
            while Int64(CivilCalendar.daysIn(month: Int(month), year: Int(year))) < Int64(dayOfMonth) {
                (year, month) = Self.month(before: year, month)
            }
            return CivilCalendar.dayNumber(year: year, month: month, day: Int64(dayOfMonth))
        }
    }

    private static func month(after year: Int64, _ month: Int64) -> (Int64, Int64) {
        month == 12 ? (year + 1, 1) : (year, month + 1)
    }

    private static func month(before year: Int64, _ month: Int64) -> (Int64, Int64) {
        month == 1 ? (year - 1, 12) : (year, month - 1)
    }
}
