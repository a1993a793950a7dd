import JSON
import Testing
@testable import Simulation

@Suite("Sweeps")
struct SweepTests {
    static let base = scenario(users: 200, hours: 6, #""incidents": [ { "at": "+2h", "component": "sms-gateway", "status": "major-outage", "for": "1h" } ]"#)

    @Test("an axis is a path and values; numbers stay numbers, durations are strings")
    func axis() throws {
        let axis = try SweepAxis(parsing: "incidents[0].for=1h,4h")
        #expect(axis.path == [.member("incidents"), .element(0), .member("for")])
        #expect(axis.values == [.string("1h"), .string("4h")])
        #expect(try SweepAxis(parsing: "users=100,200").path == [.member("population"), .member("users")])
        #expect(try SweepAxis(parsing: "users=100,200").values == [.integer(100), .integer(200)])
    }

    @Test("malformed axes and paths through nothing are errors naming them", arguments: [
        ("users", "--vary: expected PATH=VALUE,VALUE… like users=10000,50000, found 'users'"),
        ("users=1,,2", "--vary: expected PATH=VALUE,VALUE… like users=10000,50000, found 'users=1,,2'"),
        ("incidents[x].for=1h", "--vary: expected a field path like incidents[0].for or population.users, found 'incidents[x].for'"),
    ])
    func malformed(text: String, message: String) {
        do {
            _ = try SweepAxis(parsing: text)
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("every combination, first axis slowest; each point is the scenario with its values set")
    func grid() throws {
        let sweep = try Sweep(scenario: Self.base, file: "s.json",
                              axes: [try SweepAxis(parsing: "users=100,200"), try SweepAxis(parsing: "incidents[0].for=1h,2h,3h")])
        #expect(sweep.points.count == 6)
        #expect(sweep.points.map { $0.scenario.population.users } == [100, 100, 100, 200, 200, 200])
        #expect(sweep.points.map { $0.scenario.incidents[0].duration.description } == ["1h", "2h", "3h", "1h", "2h", "3h"])
    }

    @Test("a missing array element or an unknown field is refused before anything runs")
    func refused() throws {
        #expect(throws: SweepError.missing(axis: "incidents[2].for", why: "the scenario has 1 there, so no [2]")) {
            try Sweep(scenario: Self.base, file: "s.json", axes: [try SweepAxis(parsing: "incidents[2].for=1h")])
        }
        #expect(throws: SimulationError.self) {
            try Sweep(scenario: Self.base, file: "s.json", axes: [try SweepAxis(parsing: "suport.agents=2")])
        }
    }

    @Test("the runs in parallel give what each run gives alone")
    func deterministic() throws {
        let sweep = try Sweep(scenario: Self.base, file: "s.json", axes: [try SweepAxis(parsing: "incidents[0].for=1h,3h")])
        let summaries = try sweep.run()
        let bench = try SimulationBench()
        defer { bench.remove() }
        let alone = try bench.run(Self.base.replacingOccurrences(of: "\"for\": \"1h\"", with: "\"for\": \"3h\""), threads: 2,
                                  record: .summary).summary
        #expect(summaries[1].digest == alone.digest && summaries[1].tickets == alone.tickets)
        #expect(summaries[0].digest != summaries[1].digest)
    }
}
