import Testing
@testable import Simulation

@Suite("Thresholds")
struct ThresholdTests {
    @Test("'METRIC OP NUMBER' parses into a measure, a comparison and a limit")
    func parses() throws {
        let threshold = try Threshold(parsing: "ticketsPerHour.p95  <=  200")
        #expect(threshold.measure == .hourly(.ticketsPerHour, .p95))
        #expect(threshold.comparison == .atMost && threshold.limit == 200)
        #expect(threshold.text == "ticketsPerHour.p95 <= 200")
        #expect(try Threshold(parsing: "loginSuccessRate >= 0.95").measure == .total(.loginSuccessRate))
    }

    @Test("a bad threshold says what is wrong", arguments: [
        ("loginSuccessRate>=0.95", "expected 'METRIC OP NUMBER' like 'loginSuccessRate >= 0.95', found 'loginSuccessRate>=0.95'"),
        ("lockouts == 3", "expected a comparison, one of <=, <, >=, >, found '=='"),
        ("lockouts <= many", "expected a number to compare with, found 'many'"),
        ("ticketsPerHour <= 3", "ticketsPerHour is per hour: say which, ticketsPerHour.max, .p95 or .mean"),
        ("ticketsPerHour.p99 <= 3", "ticketsPerHour is per hour: expected .max, .p95 or .mean after it, found '.p99'"),
    ])
    func refused(text: String, message: String) {
        #expect(throws: ThresholdError.self) { try Threshold(parsing: text) }
        do {
            _ = try Threshold(parsing: text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("an unknown metric suggests the closest")
    func unknown() {
        do {
            _ = try Threshold(parsing: "loginSucessRate >= 1")
            Issue.record("parsed an unknown metric")
        } catch {
            #expect(error.description.hasPrefix("unknown metric 'loginSucessRate' (did you mean 'loginSuccessRate'?)"))
        }
    }

    @Test("the 95th percentile is the nearest rank; max and mean as expected")
    func aggregates() {
        let hours = (1...20).map(Double.init)
        #expect(RunMeasure.aggregate(hours, .p95) == 19)
        #expect(RunMeasure.aggregate(hours, .max) == 20)
        #expect(RunMeasure.aggregate(hours, .mean) == 10.5)
        #expect(RunMeasure.aggregate([], .p95) == 0)
    }

    @Test("measured on a run: met and broken")
    func evaluated() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let summary = try bench.run(scenario(users: 300, hours: 6)).summary
        let tickets = try Threshold(parsing: "tickets <= 1000000").evaluate(summary)
        #expect(tickets.isMet && tickets.value == Double(summary.tickets))
        let rate = try Threshold(parsing: "loginSuccessRate > 1").evaluate(summary)
        #expect(!rate.isMet && rate.value > 0.5 && rate.value <= 1)
        #expect(summary.hourly.tickets.count == 6 && summary.hourly.tickets.reduce(0, +) == Double(summary.tickets))
    }
}
