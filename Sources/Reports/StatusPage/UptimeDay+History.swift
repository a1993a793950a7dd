import Portal

extension UptimeDay {
    /// The daily history of `component` over `days` (inclusive, oldest first) in `zone`, from
    /// the status `periods`.
    ///
    /// - Each day runs from its local midnight to the next (so 23 or 25 hours across a daylight
    ///   saving change) and counts only the part inside `observed`: the span the record covers,
    ///   from when the world began to the page's `generated` time. Today is counted so far; days
    ///   outside the record have no data.
    /// - A moment counts as not operational when any period of `component` with a status other
    ///   than operational covers it. Periods may overlap (an incident during maintenance): the
    ///   moment counts once, and the worse status is the day's worst.
    /// - Periods of other components, and empty or backwards ones, are ignored.
    public static func history(
        of component: Component, periods: [StatusPeriod], days: ClosedRange<CalendarDay>, in zone: Zone,
        observed: Range<Instant>
    ) -> [UptimeDay] {
        let trouble = periods
            .filter { $0.component == component && $0.status != .operational && $0.starts < $0.ends }
            .sorted { ($0.starts, $0.ends) < ($1.starts, $1.ends) }
        var result: [UptimeDay] = []
        var day = days.lowerBound
        while day <= days.upperBound {
            let next = day.adding(days: 1)
            let window = clamp(day.start(in: zone)..<next.start(in: zone), to: observed)
            result.append(figures(of: day, window: window, trouble: trouble))
            day = next
        }
        return result
    }

    /// The `count` days ending with the one that contains `now` in `zone`: the page's 30 bars.
    public static func history(
        of component: Component, periods: [StatusPeriod], lastDays count: Int = 30, endingAt now: Instant,
        in zone: Zone, recordSince: Instant
    ) -> [UptimeDay] {
        precondition(count >= 1, "a history has at least one day")
        let today = CalendarDay(containing: now, in: zone)
        return history(
            of: component, periods: periods, days: today.adding(days: 1 - count)...today, in: zone,
            observed: min(recordSince, now)..<now)
    }

    /// One day's figures from the trouble periods, sorted by start.
    private static func figures(of day: CalendarDay, window: Range<Instant>, trouble: [StatusPeriod]) -> UptimeDay {
        var down = TimeSpan.zero
        var worst = ComponentStatus.operational
        // Walks the sorted periods keeping the end of the union so far, so overlaps count once.
        var coveredUntil = window.lowerBound
        for period in trouble {
            if period.starts >= window.upperBound { break }
            let starts = max(period.starts, window.lowerBound), ends = min(period.ends, window.upperBound)
            guard starts < ends else { continue }
            if period.status.severity > worst.severity { worst = period.status }
            let from = max(starts, coveredUntil)
            if from < ends {
                down += ends - from
                coveredUntil = ends
            }
        }
        let observed = window.upperBound - window.lowerBound
        return UptimeDay(day: day, observed: observed, operational: observed - down, worst: worst)
    }

    /// The part of `range` inside `limit`; an empty range when they do not meet.
    private static func clamp(_ range: Range<Instant>, to limit: Range<Instant>) -> Range<Instant> {
        let lower = max(range.lowerBound, limit.lowerBound)
        let upper = min(range.upperBound, limit.upperBound)
        return lower < upper ? lower..<upper : lower..<lower
    }
}
