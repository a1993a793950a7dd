import Portal
import SQLiteDB

/// One hourly series of the `metrics` table, as the simulator wrote it: a value per hour that
/// had one (hours without a row count as zero, except where a series says otherwise).
public struct MetricSeries: Equatable, Sendable {
    /// One value: the hour it counts from and the value.
    public struct Point: Equatable, Sendable {
        /// The start of the hour.
        public let bucket: Instant
        /// The series' value in that hour.
        public let value: Double
    }

    /// The series name (`logins.attempted`, `queue.waiting`).
    public let name: String
    /// The values, earliest hour first.
    public let points: [Point]
}

/// What `meta` says about the simulation that made a world: each field is nil in a world that
/// `apoa init` made, which has none of them.
public struct RunRecord: Equatable, Sendable {
    /// The scenario's `name`.
    public let scenario: String?
    /// The master seed the run used (the scenario's, or `--seed`).
    public let seed: UInt64?
    /// People in the random population (the scenario's, or `--users`); the cast comes on top.
    public let users: Int?
    /// `all` or `summary`: what the world keeps.
    public let record: String?
    /// The run's digest, 64 hexadecimal digits.
    public let digest: String?
    /// The scenario file's text as it was read (empty when it was not given).
    public let scenarioText: String?
    /// The end of the simulated period (the scenario's, `--for`'s, or a continuation's).
    public let runEnd: Instant?
    /// When the desk took the world over: the end of the first run, kept by continuations (an
    /// exercise is graded from here).
    public let handover: Instant?
}

extension WorldStore {
    /// Every series of the `metrics` table, by name, each with its values earliest first; empty
    /// for a world no simulation wrote.
    public func metricSeries() throws -> [MetricSeries] {
        try read { _ in
            var series: [MetricSeries] = []
            var name: String?
            var points: [MetricSeries.Point] = []
            let rows = try connection.query("SELECT series, bucket_start, value FROM metrics ORDER BY series, bucket_start")
            for row in rows {
                guard let rowName = row.text("series"), let bucket = row.int("bucket_start"), let value = row.double("value") else {
                    continue
                }
                if rowName != name {
                    if let name { series.append(MetricSeries(name: name, points: points)) }
                    name = rowName
                    points = []
                }
                points.append(MetricSeries.Point(bucket: Instant(millisecondsSince1970: bucket), value: value))
            }
            if let name { series.append(MetricSeries(name: name, points: points)) }
            return series
        }
    }

    /// The run's scenario, seed, population, record mode and digest from `meta`.
    public func runRecord() throws -> RunRecord {
        try read { _ in
            func text(_ key: String) throws -> String? {
                switch try connection.scalar("SELECT value FROM meta WHERE key = ?", [key]) {
                case .text(let value): value
                case .integer(let value): String(value)
                default: nil
                }
            }
            return RunRecord(scenario: try text("scenario"), seed: try text("seed").flatMap { UInt64($0) },
                             users: try text("users").flatMap { Int($0) }, record: try text("record"),
                             digest: try text("digest"), scenarioText: try text("scenario_json"),
                             runEnd: try text("run_end").flatMap { Int64($0) }.map(Instant.init(millisecondsSince1970:)),
                             handover: try text("handover").flatMap { Int64($0) }.map(Instant.init(millisecondsSince1970:)))
        }
    }

    /// The record of periods components were not operational (`component_status`: incidents,
    /// maintenance, random failures, overload) that overlap `from..<to`, clipped to it, by start.
    /// Unlike `componentHistory`, without the desk's notices: what the simulated portal went through.
    public func componentRecord(from: Instant, to: Instant) throws -> [ComponentPeriod] {
        try read { _ in try componentPeriods(clippedFrom: from, to: to) }
    }

    /// How many applications are in each state now, in the order of `ApplicationState.allCases`,
    /// states without any included (as zero).
    public func applicationStateCounts() throws -> [(state: ApplicationState, count: Int)] {
        try read { _ in
            var counts: [String: Int] = [:]
            for row in try connection.query("SELECT state, COUNT(*) AS n FROM applications GROUP BY state") {
                if let state = row.text("state") { counts[state] = Int(row.int("n") ?? 0) }
            }
            return ApplicationState.allCases.map { ($0, counts[$0.rawValue] ?? 0) }
        }
    }
}
