@testable import World
import Testing
@testable import Simulation

@Suite("Determinism: one scenario and seed, one world")
struct DeterminismTests {
    static let busy = scenario(users: 800, hours: 12, """
        "incidents": [{ "at": "+8h", "component": "sms-gateway", "status": "major-outage", "for": "1h" }],
        "attacks": [{ "kind": "credential-stuffing", "at": "+9h", "for": "1h", "accounts": 100, "ips": 5 }]
        """)

    @Test("one thread and two give the same digest and byte-identical world files")
    func threadCount() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let one = try bench.run(Self.busy, world: "one.sqlite", threads: 1)
        let two = try bench.run(Self.busy, world: "two.sqlite", threads: 2)
        let four = try bench.run(Self.busy, world: "four.sqlite", threads: 4)
        #expect(one.summary == two.summary)
        #expect(one.summary.digest == four.summary.digest)
        #expect(one.summary.sessions > 500)
        one.world.connection.close()
        two.world.connection.close()
        #expect(bench.bytes("one.sqlite") == bench.bytes("two.sqlite"))
    }

    @Test("the same seed twice gives identical bytes; another seed another world")
    func seeds() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let first = try bench.run(Self.busy, world: "a.sqlite")
        let again = try bench.run(Self.busy, world: "b.sqlite")
        let other = try bench.run(Self.busy.replacingOccurrences(of: "\"seed\": 11", with: "\"seed\": 12"), world: "c.sqlite")
        first.world.connection.close()
        again.world.connection.close()
        #expect(bench.bytes("a.sqlite") == bench.bytes("b.sqlite"))
        #expect(first.summary.digest != other.summary.digest)
    }

    @Test("the calendar orders by time, then by the order things were scheduled, also within a running minute")
    func calendar() {
        var queue = CalendarQueue(start: 0, minutes: 3)
        queue.schedule(at: 70_000, subject: 1, action: .visit)
        queue.schedule(at: 65_000, subject: 2, action: .visit)
        queue.schedule(at: 70_000, subject: 3, action: .visit)
        queue.begin(minute: 1)
        #expect(queue.next()?.subject == 2)
        queue.schedule(at: 66_000, subject: 4, action: .retry)
        queue.schedule(at: 70_000, subject: 5, action: .retry)
        #expect([queue.next(), queue.next(), queue.next(), queue.next()].map { $0?.subject } == [4, 1, 3, 5])
        #expect(queue.next() == nil)
    }
}
