import Portal
import Testing
@testable import Simulation
@testable import World

/// Outages, maintenance and load: what they do to logins, codes and the help desk.
@Suite("Outages, maintenance and load")
struct PlatformTests {
    @Test("an SMS gateway outage: codes not delivered during it, and tickets saying so")
    func smsOutage() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(scenario(users: 3000, hours: 24, """
            "incidents": [{ "at": "+8h", "component": "sms-gateway", "status": "major-outage", "for": "3h" }]
            """)).world
        let start = 1_796_058_000_000 as Int64
        let inside = try world.count("""
            SELECT count(*) FROM events WHERE kind = 'otp-sent' AND reason = 'gateway-unavailable'
            AND component = 'sms-gateway' AND at >= \(start + 8 * 3_600_000) AND at < \(start + 11 * 3_600_000)
            """)
        let outside = try world.count("SELECT count(*) FROM events WHERE reason = 'gateway-unavailable' AND (at < \(start + 8 * 3_600_000) OR at >= \(start + 11 * 3_600_000))")
        #expect(inside > 50)
        #expect(outside == 0)
        #expect(try world.count("SELECT count(*) FROM tickets WHERE true_cause = 'otp-undelivered-outage'") > 5)
        #expect(try world.count("SELECT count(*) FROM component_status WHERE component = 'sms-gateway' AND cause = 'incident'") == 1)
    }

    @Test("maintenance: announced, people who saw the notice come back later and rarely call; unannounced, they call")
    func maintenance() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        func run(announced: Bool, world: String) throws -> WorldStore {
            try bench.run(scenario(users: 4000, hours: 24, """
                "load": { "sessionsPerUserPerDay": 2, "dailyCurve": "flat" },
                "maintenance": [{ "starts": "+10h", "for": "3h", "components": ["auth"], "seenBy": 0.9
                    \(announced ? ", \"announce\": \"24h\", \"notice\": { \"id\": \"Pemeliharaan\", \"en\": \"Maintenance\" }" : "") }]
                """), world: world).world
        }
        let announced = try run(announced: true, world: "announced.sqlite")
        let unannounced = try run(announced: false, world: "unannounced.sqlite")
        let postponed = try announced.count("SELECT sum(value) FROM metrics WHERE series = 'visits.postponed-by-notice'")
        #expect(postponed > 100)
        #expect(try unannounced.count("SELECT count(*) FROM metrics WHERE series = 'visits.postponed-by-notice'") == 0)
        let ticketsAnnounced = try announced.count("SELECT count(*) FROM tickets WHERE true_cause = 'maintenance'")
        let ticketsUnannounced = try unannounced.count("SELECT count(*) FROM tickets WHERE true_cause = 'maintenance'")
        #expect(ticketsUnannounced > 3 * max(1, ticketsAnnounced))
        #expect(try announced.count("SELECT count(*) FROM maintenance_windows WHERE announced_at IS NOT NULL AND notice_en = 'Maintenance'") == 1)
    }

    @Test("past its capacity a component slows and fails requests: load alone causes failures")
    func overload() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(scenario(users: 5000, hours: 12, """
            "load": { "sessionsPerUserPerDay": 6, "dailyCurve": "flat" },
            "components": { "auth": { "capacityPerSecond": 0.1 } }
            """)).world
        #expect(try world.count("SELECT count(*) FROM component_status WHERE component = 'auth' AND cause = 'overload'") >= 1)
        #expect(try world.count("SELECT count(*) FROM events WHERE reason = 'service-outage'") > 100)
    }

    @Test("random failures follow each component's mean time between failures and to repair")
    func randomFailures() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(scenario(users: 100, hours: 24 * 7, """
            "components": { "email": { "mtbf": "1d", "mttr": "1h" } }
            """)).world
        let failures = try world.count("SELECT count(*) FROM component_status WHERE component = 'email' AND cause = 'random-failure'")
        #expect((2...15).contains(failures))
    }

    @Test("a password-policy change sends the chosen people to reset before they log in")
    func policyChange() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(scenario(users: 2000, hours: 24, """
            "load": { "sessionsPerUserPerDay": 2, "surges": [{ "kind": "password-policy-change", "at": "+6h", "for": "12h", "factor": 1.5, "share": 0.8 }] }
            """)).world
        #expect(try world.count("SELECT count(*) FROM events WHERE kind = 'reset-completed'") > 500)
    }
}
