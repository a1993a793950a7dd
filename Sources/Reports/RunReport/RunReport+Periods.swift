import Portal

extension RunReport {
    /// A row of a report's tables: one hour, or one local day of a long run.
    struct Period: Equatable, Sendable {
        /// `08:00`, `2026-12-01 08:00` or `Tue 2026-12-01`.
        let label: String
        /// The hours of the run it covers.
        let hours: Range<Int>
    }

    /// How a report's tables are cut: by hour for runs up to ``hourlyTableLimit`` hours, by local
    /// day for longer ones.
    struct Periods: Sendable {
        let rows: [Period]
        let isDaily: Bool
        /// The first column's heading: `hour (WIB)` or `day (WIB)`.
        let heading: String
        /// The hours' labels, one per hour of the run (for charts and busiest-hour mentions).
        let hourLabels: [String]
        /// The local date of the whole run when it has only one (its hours are then labelled by
        /// the clock alone).
        let onlyDate: String?

        init(_ input: Input) {
            let zone = input.zone
            let locals = (0..<input.hours).map { zone.local(input.hourStart($0)) }
            let oneDate = Set(locals.map { TimeText.date($0) }).count <= 1
            onlyDate = oneDate ? locals.first.map(TimeText.date) : nil
            hourLabels = locals.map { oneDate ? TimeText.clock($0) : TimeText.date($0) + " " + TimeText.clock($0) }
            let abbreviation = zone.abbreviation(at: input.start)
            isDaily = input.hours > RunReport.hourlyTableLimit
            if isDaily {
                var rows: [Period] = []
                var first = 0
                for index in 1...locals.count where index == locals.count || TimeText.date(locals[index]) != TimeText.date(locals[first]) {
                    rows.append(Period(label: TimeText.day(locals[first]), hours: first..<index))
                    first = index
                }
                self.rows = rows
                heading = "day (\(abbreviation))"
            } else {
                rows = hourLabels.enumerated().map { Period(label: $1, hours: $0..<($0 + 1)) }
                heading = "hour (\(abbreviation))"
            }
        }

        /// What a table's rows are, for a sentence: `hour` or `day`.
        var noun: String { isDaily ? "day" : "hour" }
    }

    /// The band axis of a run's hourly charts: ticks at round local hours (every 1, 2, 3, 6 or 12
    /// hours) or at local midnights (every 1, 2, 3, 7 or 14 days, …), as many as fit, at most 12.
    static func hourAxis(_ input: Input, labels: [String]) -> BandAxis {
        let zone = input.zone
        let locals = (0..<input.hours).map { zone.local(input.hourStart($0)) }
        let multiDay = Set(locals.map { TimeText.date($0) }).count > 1
        let steps = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2160, 4320, 8760]
        let step = steps.first { (input.hours + $0 - 1) / $0 <= 12 } ?? 8760
        var ticks: [Int] = []
        var tickLabels: [String] = []
        for (index, local) in locals.enumerated() where local.minute == 0 {
            if step < 24 {
                guard local.hour % step == 0 else { continue }
                ticks.append(index)
                tickLabels.append(multiDay && local.hour == 0 ? String(TimeText.date(local).dropFirst(5)) : TimeText.clock(local))
            } else {
                guard local.hour == 0 else { continue }
                let day = CalendarDay(containing: input.hourStart(index), in: zone)
                let first = CalendarDay(containing: input.start, in: zone)
                let elapsed = Int((day.start(in: zone) - first.start(in: zone)).milliseconds / 86_400_000)
                guard elapsed % (step / 24) == 0 else { continue }
                ticks.append(index)
                tickLabels.append(String(TimeText.date(local).dropFirst(5)))
            }
        }
        // The band labels are the hours' own; ticks show the shorter tick labels.
        var shown = labels
        for (tick, label) in zip(ticks, tickLabels) { shown[tick] = label }
        return BandAxis(labels: shown, ticks: ticks, title: "hour (\(zone.abbreviation(at: input.start)))")
    }
}

/// Local dates and times as the report writes them, without a formatter or locale.
enum TimeText {
    /// `2026-12-01`.
    static func date(_ local: LocalDateTime) -> String {
        four(local.year) + "-" + two(local.month) + "-" + two(local.day)
    }

    /// `08:00`.
    static func clock(_ local: LocalDateTime) -> String {
        two(local.hour) + ":" + two(local.minute)
    }

    /// `Tue 2026-12-01`.
    static func day(_ local: LocalDateTime) -> String {
        let name = local.weekday.name
        return name.prefix(1).uppercased() + name.dropFirst().prefix(2) + " " + date(local)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }

    private static func four(_ value: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value)
    }
}
