import Portal

/// Every component's status over the run, known before it starts: scripted incidents,
/// maintenance windows and random failures (drawn from each component's own stream).
///
/// Known in advance, so every partition reads the same status at the same instant without
/// talking to the others. Load-caused failures are not here: they depend on what people do and
/// are added minute by minute (`CapacityModel`).
struct ComponentTimeline: Sendable {
    /// A period a component was not operational.
    struct Period: Sendable, Equatable {
        let start: Instant
        let end: Instant
        let status: ComponentStatus
        let cause: Cause
    }

    /// Why a component was down.
    enum Cause: String, Sendable {
        case incident
        case maintenance
        case randomFailure = "random-failure"
        case overload
    }

    /// Periods per component (by `Component.index`), sorted by start, not overlapping.
    let periods: [[Period]]

    init(scenario: Scenario) {
        var raw = [[Period]](repeating: [], count: Component.allCases.count)
        for incident in scenario.incidents {
            raw[incident.component.index].append(Period(start: incident.at, end: incident.at + incident.duration,
                                                        status: incident.status, cause: .incident))
        }
        for window in scenario.maintenance {
            for component in window.components {
                raw[component.index].append(Period(start: window.starts, end: window.starts + window.duration,
                                                   status: .underMaintenance, cause: .maintenance))
            }
        }
        for component in Component.allCases {
            let spec = scenario.components[component.index]
            guard let mtbf = spec.mtbf else { continue }
            var random = RandomStream(seed: scenario.seed, name: "component-failures", entity: UInt64(component.index))
            var clock = scenario.start
            while true {
                clock = clock + .milliseconds(Int64(random.exponential(mean: Double(mtbf.milliseconds))))
                guard clock < scenario.end else { break }
                let repair = TimeSpan.milliseconds(max(60_000, Int64(random.exponential(mean: Double(spec.mttr.milliseconds)))))
                let status: ComponentStatus = random.chance(0.7) ? .partialOutage : .majorOutage
                raw[component.index].append(Period(start: clock, end: clock + repair, status: status, cause: .randomFailure))
                clock = clock + repair
            }
        }
        periods = raw.map(Self.flatten)
    }

    /// The status of `component` at `instant`, and why.
    func status(of component: Component, at instant: Instant) -> Period? {
        let list = periods[component.index]
        guard !list.isEmpty else { return nil }
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].end <= instant { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].start <= instant ? list[low] : nil
    }

    /// Whether `component` is ever down between two instants (to skip work in quiet minutes).
    func isQuiet(_ component: Component, from start: Instant, to end: Instant) -> Bool {
        // The first period that ends after `start` (they are sorted and do not overlap).
        let list = periods[component.index]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].end <= start { low = middle + 1 } else { high = middle }
        }
        return low == list.count || list[low].start >= end
    }

    /// Overlapping periods made into one sequence, the worst status winning where they meet.
    private static func flatten(_ periods: [Period]) -> [Period] {
        guard !periods.isEmpty else { return [] }
        var cuts = Set<Instant>()
        for period in periods {
            cuts.insert(period.start)
            cuts.insert(period.end)
        }
        let points = cuts.sorted()
        var result: [Period] = []
        for (from, to) in zip(points, points.dropFirst()) {
            let covering = periods.filter { $0.start <= from && $0.end >= to }
            guard let worst = covering.max(by: { severity($0) < severity($1) }) else { continue }
            if let last = result.last, last.end == from, last.status == worst.status, last.cause == worst.cause {
                result[result.count - 1] = Period(start: last.start, end: to, status: worst.status, cause: worst.cause)
            } else {
                result.append(Period(start: from, end: to, status: worst.status, cause: worst.cause))
            }
        }
        return result
    }

    private static func severity(_ period: Period) -> Int {
        switch period.status {
        case .operational: 0
        case .degraded: 1
        case .partialOutage: 2
        case .majorOutage: 3
        case .underMaintenance: 4
        }
    }
}
