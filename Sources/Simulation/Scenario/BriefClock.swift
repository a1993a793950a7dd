import Portal

/// Writes a scenario's times as a brief shows them: local times of its zone, with the day
/// (`Mon 7 Dec`) only when the run spans more than one local date.
struct BriefClock {
    let zone: Zone
    /// Whether the run starts and ends on one local date, so a time of day says enough.
    let isOneDay: Bool

    /// A clock for the run of `scenario`.
    init(_ scenario: Scenario) {
        zone = scenario.zone
        // The run's last instant, not its end: a day from midnight ends at the next midnight.
        let last = scenario.end - .milliseconds(1)
        isOneDay = Self.date(zone.local(scenario.start)) == Self.date(zone.local(max(scenario.start, last)))
    }

    /// `Mon 7 Dec 2026 08:00 WIB`: a time with everything, for the run's start and end.
    func full(_ instant: Instant) -> String {
        let local = zone.local(instant)
        return "\(Self.day(local)) \(local.year) \(Self.clock(local)) \(zone.abbreviation(at: instant))"
    }

    /// `08:00`, or `Mon 7 Dec 08:00` when the run spans days and `previous` (the time written
    /// just before, if any) is not on the same date.
    func time(_ instant: Instant, after previous: Instant? = nil) -> String {
        let local = zone.local(instant)
        if isOneDay || previous.map({ Self.date(zone.local($0)) == Self.date(local) }) == true { return Self.clock(local) }
        return "\(Self.day(local)) \(Self.clock(local))"
    }

    /// `08:00–12:00`, `Mon 7 Dec 08:00–12:00`, or `Sat 12 Dec 22:00 to Sun 13 Dec 04:00` when
    /// the window crosses midnight.
    func window(from start: Instant, to end: Instant) -> String {
        let from = time(start)
        let (first, last) = (zone.local(start), zone.local(end))
        if Self.date(first) == Self.date(last) { return "\(from)–\(Self.clock(last))" }
        return "\(from) to \(Self.day(last)) \(Self.clock(last))"
    }

    /// `09:00`, or `09:00:20` when the seconds are not zero.
    static func clock(_ local: LocalDateTime) -> String {
        let hm = two(local.hour) + ":" + two(local.minute)
        return local.second == 0 ? hm : hm + ":" + two(local.second)
    }

    /// `Mon 7 Dec`.
    static func day(_ local: LocalDateTime) -> String {
        let weekday = local.weekday.shortName
        return "\(weekday.prefix(1).uppercased())\(weekday.dropFirst()) \(local.day) \(months[local.month - 1])"
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func date(_ local: LocalDateTime) -> [Int] {
        [local.year, local.month, local.day]
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

/// Numbers and shares as a brief writes them.
enum BriefNumber {
    /// `20,000`.
    static func whole(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `35%`, `0.5%`: a share as a percentage, to a tenth where it has one.
    static func percent(_ share: Double) -> String {
        decimal(share * 100) + "%"
    }

    /// `0.8`, `4`, `0.08`: to at most two decimals, without trailing zeros.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let (whole, rest) = (hundredths.magnitude / 100, hundredths.magnitude % 100)
        if rest == 0 { return "\(sign)\(whole)" }
        let fraction = rest % 10 == 0 ? "\(rest / 10)" : rest < 10 ? "0\(rest)" : "\(rest)"
        return "\(sign)\(whole).\(fraction)"
    }
}
