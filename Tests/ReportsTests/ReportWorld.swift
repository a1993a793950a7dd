import Foundation
import Portal
import Reports
import Simulation
import World

/// A small simulated world in a directory of its own, for reports to be made from.
final class ReportWorld: Sendable {
    let directory: TemporaryDirectory
    let path: String
    let scenario: Scenario

    /// Six hours of 300 people with an SMS outage, a stuffing attack and a desk of two.
    static let small = """
        { "name": "small-report", "title": "A | small <morning>", "seed": 11, "start": "2026-12-01T06:00:00+07:00",
          "duration": "6h", "population": { "users": 300 },
          "incidents": [ { "at": "2026-12-01T08:00:00+07:00", "component": "sms-gateway", "status": "major-outage", "for": "90m" } ],
          "attacks": [ { "kind": "credential-stuffing", "at": "2026-12-01T09:00:00+07:00", "for": "30m", "accounts": 40, "ips": 5,
                         "attemptsPerAccount": 3 } ],
          "support": { "contactProbability": 0.5, "agents": 2, "handleTime": "5m" } }
        """

    /// Runs `text` into `world.sqlite` with `threads` worker threads.
    init(_ text: String = ReportWorld.small, threads: Int = 2, users: Int? = nil, duration: TimeSpan? = nil) throws {
        directory = try TemporaryDirectory()
        path = directory.url.appendingPathComponent("world.sqlite").path
        scenario = try Scenario.decode(text: text, file: "scenario.json")
        var options = SimulationOptions(threads: threads, record: .all)
        options.scenarioText = text
        options.users = users
        options.duration = duration
        _ = try SimulationRun.run(scenario, options: options, world: path)
    }

    deinit { directory.remove() }

    /// The report input of the world, with the scenario's title and desk.
    func input() throws -> RunReport.Input {
        let world = try WorldStore.open(at: path)
        return try RunReport.Input(world: world, title: scenario.title,
                                   support: RunReport.Support(agents: scenario.support.agents, handleTime: scenario.support.handleTime))
    }
}
