import Testing
@testable import ApoaCLI

@Suite("apoa staffing")
struct StaffingCommandTests {
    @Test("10 Erlangs at 80% in 20 s: 14 agents, with the figures a planner reads")
    func text() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run("staffing --calls 200/h --handle-time 3m --target 80/20s --shrinkage 30%")
        #expect(result.status == 0)
        #expect(result.out == """
            14 agents on the phones, 20 rostered (30.0% shrinkage)
              load                 10.00 Erlangs (200 calls/h × 3m)
              model                Erlang C
              service level        88.8% within 20s (target 80.0%)
              wait probability     17.4%
              average speed        7.8 s to answer
              occupancy            71.4%

            """)
    }

    @Test("--json has the keys the issue names; --patience adds abandonment (Erlang A)")
    func json() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let plain = desk.run("staffing --calls 200/h --handle-time 3m --target 80/20s --json").out
        for key in ["agents", "rostered", "waitProbability", "serviceLevel", "averageSpeedOfAnswer", "occupancy"] {
            #expect(plain.contains("\"\(key)\": "), "\(key)")
        }
        #expect(plain.contains("\"agents\": 14,") && !plain.contains("abandonment"))
        #expect(desk.run("staffing --calls 200/h --handle-time 3m --target 80/20s --patience 1m --json").out.contains("\"abandonment\": "))
    }

    @Test("bad input names the option and what was expected: exit 64", arguments: [
        ("staffing --calls lots --handle-time 3m --target 80/20s", "--calls: expected calls an hour like 200/h, found 'lots'"),
        ("staffing --calls 200/h --handle-time soon --target 80/20s", "--handle-time: expected a duration from 1s to 1d, like 6m, found 'soon'"),
        ("staffing --calls 200/h --handle-time 3m --target 80", "--target: expected P/Ts with P from 1 to 99.9 and T a duration, like 80/20s, found '80'"),
        ("staffing --calls 200/h --handle-time 3m --target 80/20s --shrinkage 95%", "--shrinkage: expected a percentage from 0% to 90%, like 30%, found '95%'"),
    ])
    func badInput(arguments: String, message: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(arguments)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: \(message)\n"))
    }
}
