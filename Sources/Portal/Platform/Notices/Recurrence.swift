/// How a maintenance window repeats: daily, weekly on given days, or monthly on a day of the
/// month, at the first window's local time of day in an IANA time zone; until an instant, for
/// a number of windows, or for ever.
///
/// Windows are placed on the zone's wall clock, so a 02:00 window stays at 02:00 local across a
/// daylight-saving change (the instants move by the hour instead). A 02:30 that the clocks skip
/// is moved forward by the jump (03:30); a time the clocks show twice is the first of the two
/// (`Zone.instant(for:)`). Each window lasts the notice's length of real time.
///
/// A monthly rule on a day some months lack (29, 30, 31) skips those months, as iCalendar
/// (RFC 5545) does: "the 31st" never silently becomes the 30th, because a window moved to a
/// day nobody announced is worse than one left out.
public struct Recurrence: Hashable, Sendable {
    /// Which days the windows fall on.
    public enum Frequency: Hashable, Sendable {
        /// Every day.
        case daily
        /// On these days of each week (sorted, no repeats, at least one).
        case weekly([Weekday])
        /// On this day (1...31) of each month that has it.
        case monthly(day: Int)

        /// Reads `daily`, `weekly:mon,thu` (days in full or in three letters) or `monthly:15`.
        public init(parsing text: String) throws(PortalError) {
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            switch (parts[0], parts.count) {
            case ("daily", 1):
                self = .daily
            case ("weekly", 2):
                var days: [Weekday] = []
                for word in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
                    guard let day = Weekday(parsing: String(word)) else {
                        throw .noticeRefused(.malformedRecurrence(text, why: "'\(word)' is not a day of the week (mon, tue, … sun)"))
                    }
                    if !days.contains(day) { days.append(day) }
                }
                self = .weekly(days.sorted { $0.rawValue < $1.rawValue })
            case ("monthly", 2):
                guard let day = Int(parts[1]), (1...31).contains(day), parts[1].allSatisfy(\.isASCIIDigit) else {
                    throw .noticeRefused(.malformedRecurrence(text, why: "'\(parts[1])' is not a day of the month from 1 to 31"))
                }
                self = .monthly(day: day)
            default:
                throw .noticeRefused(.malformedRecurrence(text, why: "expected daily, weekly:DAYS (like weekly:mon,thu) or monthly:DAY (like monthly:15)"))
            }
        }

        /// The text `init(parsing:)` reads back: `daily`, `weekly:mon,thu`, `monthly:15`.
        public var rule: String {
            switch self {
            case .daily: "daily"
            case .weekly(let days): "weekly:" + days.map(\.shortName).joined(separator: ",")
            case .monthly(let day): "monthly:\(day)"
            }
        }

        /// In words: `daily`, `weekly on Monday and Thursday`, `monthly on day 31 (months without one are skipped)`.
        public var summary: String {
            switch self {
            case .daily:
                return "daily"
            case .weekly(let days):
                let names = days.map { $0.name.prefix(1).uppercased() + $0.name.dropFirst() }
                let list = names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
                return "weekly on \(list)"
            case .monthly(let day):
                return "monthly on day \(day)" + (day > 28 ? " (months without one are skipped)" : "")
            }
        }

        /// The fewest calendar days from one window's day to the next: a window must end
        /// before the next one begins.
        var shortestGapInDays: Int {
            switch self {
            case .daily:
                return 1
            case .weekly(let days):
                let numbers = days.map(\.rawValue)
                guard let first = numbers.first, let last = numbers.last else { return 7 }
                let gaps = zip(numbers, numbers.dropFirst()).map { $1 - $0 } + [first + 7 - last]
                return gaps.min() ?? 7
            case .monthly(let day):
                // From the 28th of February to the 28th of March is 28 days; a later day's
                // closest pair is that day in one month and the next month that has it.
                return max(28, day)
            }
        }
    }

    /// The days the windows fall on.
    public let frequency: Frequency
    /// The zone whose wall clock places the windows.
    public let zone: Zone
    /// No window starts after this instant; nil for no such bound.
    public let until: Instant?
    /// At most this many windows (the first included); nil for no such bound.
    public let count: Int?

    /// The most windows `count` may ask for.
    public static let maximumCount = 1_000

    /// Windows on `frequency`'s days in `zone`, bounded by `until` and `count` when given
    /// (both may be given: the first bound reached ends it).
    public init(_ frequency: Frequency, in zone: Zone, until: Instant? = nil, count: Int? = nil) {
        self.frequency = frequency
        self.zone = zone
        self.until = until
        self.count = count
    }
}
