/// Proleptic Gregorian date arithmetic on day numbers (day 0 is 1970-01-01), after Howard
/// Hinnant's "chrono-Compatible Low-Level Date Algorithms".
///
/// The trick in both directions: count years from 1 March, so that the leap day is the last day
/// of its year and month lengths from March on follow a simple linear rule; and cut time into
/// 400-year eras of exactly 146 097 days, so that only one era needs calendar logic.
enum CivilCalendar {
    /// Days in a 400-year era of the Gregorian calendar.
    private static let daysPerEra: Int64 = 146_097
    /// Day number of 0000-03-01, the start of era 0, counted from 1970-01-01.
    private static let eraZeroStart: Int64 = -719_468

    /// The day number of a civil date. `month` is 1...12; `day` is not checked against the month.
    static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        // The March-based year: January and February belong to the year before.
        let marchYear = month <= 2 ? year - 1 : year
        let era = floorDivide(marchYear, by: 400)
        let yearOfEra = marchYear - era * 400                        // 0...399
        let marchMonth = month > 2 ? month - 3 : month + 9           // March = 0 ... February = 11
        // Month lengths from March run 31 30 31 30 31 | 31 30 31 30 31 | 31 (28/29): the linear
        // rule (153 * m + 2) / 5 gives the first day of each of them.
        let dayOfYear = (153 * marchMonth + 2) / 5 + day - 1          // 0...365
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * daysPerEra + dayOfEra + eraZeroStart
    }

    /// The civil date of a day number.
    static func date(dayNumber: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let sinceEraZero = dayNumber - eraZeroStart
        let era = floorDivide(sinceEraZero, by: daysPerEra)
        let dayOfEra = sinceEraZero - era * daysPerEra                  // 0...146096
        // Undo the leap days (one every 4 years, none every 100, one again at 400) before
        // dividing by 365.
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153                      // inverse of the rule above
        let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// ISO weekday of a day number: 1 is Monday, 7 is Sunday (1970-01-01 was a Thursday).
    static func isoWeekday(dayNumber: Int64) -> Int {
        Int(floorModulo(dayNumber + 3, by: 7)) + 1
    }

    /// Whether `year` has a 29 February.
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Days in `month` (1...12) of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Division rounding toward negative infinity (Swift's `/` rounds toward zero).
    static func floorDivide(_ value: Int64, by divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder that goes with `floorDivide`: always in `0..<divisor` for a positive divisor.
    static func floorModulo(_ value: Int64, by divisor: Int64) -> Int64 {
        value - floorDivide(value, by: divisor) * divisor
    }
}

extension CivilCalendar {
    /// English month names for messages, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
