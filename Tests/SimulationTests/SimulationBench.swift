import Foundation
import Portal
@testable import Simulation
import SQLiteDB
@testable import World

/// Runs scenarios written in a test into worlds in a directory of its own.
final class SimulationBench {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-sim-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// Runs `json` (a scenario) into `world`; returns the summary and the opened world.
    func run(_ json: String, world: String = "world.sqlite", threads: Int = 2, record: SimulationOptions.Record = .all)
        throws -> (summary: SimulationSummary, world: WorldStore) {
        let scenario = try Scenario.decode(text: json, file: "test.json")
        let path = "\(directory)/\(world)"
        let summary = try SimulationRun.run(scenario, options: SimulationOptions(threads: threads, record: record), world: path)
        return (summary, try WorldStore.open(at: path))
    }

    func bytes(_ world: String) -> Data? {
        FileManager.default.contents(atPath: "\(directory)/\(world)")
    }
}

extension WorldStore {
    /// Rows of a query, for tests reading the world like a person with sqlite3 would.
    func rows(_ sql: String) throws -> [Row] {
        try connection.query(sql)
    }

    /// A number the query returns (metric values are REAL), 0 for NULL.
    func count(_ sql: String) throws -> Int64 {
        switch try connection.scalar(sql) {
        case .integer(let value): value
        case .real(let value): Int64(value)
        default: 0
        }
    }

    /// One account's events as "kind:reason" strings, oldest first.
    func story(_ username: String) throws -> [String] {
        try connection.query("""
            SELECT e.kind || ':' || e.reason AS line FROM events e JOIN accounts a ON a.id = e.account_id
            WHERE a.username = ? ORDER BY e.seq
            """, [username]).compactMap { $0.text("line") }
    }
}

/// A scenario's common head: one day from Tuesday 1 December 2026, 00:00 WIB.
func scenario(users: Int = 300, hours: Int = 24, _ rest: String = "") -> String {
    // The default load unless the test brings its own.
    let load = rest.contains("\"load\"") ? "" : ", \"load\": { \"sessionsPerUserPerDay\": 2 }"
    return """
    { "name": "test", "seed": 11, "start": "2026-12-01T00:00:00+07:00", "duration": "\(hours)h",
      "population": { "users": \(users) }\(load)\(rest.isEmpty ? "" : ", " + rest) }
    """
}
