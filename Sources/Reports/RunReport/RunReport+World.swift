import Portal
import World

extension RunReport.Input {
    /// The report input of a simulated world: `meta`'s record of the run, every hourly series,
    /// the component record of the run's period and the applications' states now. The only part
    /// of the run report that reads a world.
    ///
    /// The period is the hours the series cover (the simulator writes `queue.waiting` for every
    /// hour), ending at the world clock when that is sooner. The scenario's title and desk come
    /// from the caller, who can read the scenario.
    ///
    /// - Throws: ``ReportsError/noMetrics(world:)`` for a world without series (one made by
    ///   `apoa init`), and the world's own errors.
    public init(world: WorldStore, title: String, support: RunReport.Support) throws {
        let all = try world.metricSeries()
        let buckets = all.flatMap { $0.points.map(\.bucket) }
        guard let first = buckets.min(), let last = buckets.max() else { throw ReportsError.noMetrics(world: world.path) }
        let hours = Int((last - first).milliseconds / 3_600_000) + 1
        var series: [String: [Double]] = [:]
        for entry in all {
            var values = [Double](repeating: 0, count: hours)
            for point in entry.points {
                values[Int((point.bucket - first).milliseconds / 3_600_000)] = point.value
            }
            series[entry.name] = values
        }
        let end = min(first + .hours(hours), try world.now())
        let record = try world.runRecord()
        let outages = try world.componentRecord(from: first, to: end).map {
            RunReport.Outage(component: $0.component, status: $0.status, cause: $0.cause, starts: $0.starts, ends: $0.ends)
        }
        self.init(scenario: record.scenario ?? "", title: title, seed: record.seed ?? 0, people: record.users ?? 0,
                  record: record.record ?? "", digest: record.digest ?? "", zone: world.zone, start: first, end: end,
                  hours: hours, support: support, series: series, outages: outages,
                  applicationStates: try world.applicationStateCounts())
    }
}
