import Portal
import Testing
@testable import Simulation
@testable import World

@Suite("Record modes, the world written, and the population")
struct RecordAndPopulationTests {
    @Test("--record summary keeps accounts, final state, tickets and series, not the event log; the digest is the same")
    func summary() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 1500, hours: 24)
        let all = try bench.run(json, world: "all.sqlite", record: .all)
        let summary = try bench.run(json, world: "summary.sqlite", record: .summary)
        #expect(all.summary == summary.summary)
        #expect(try summary.world.count("SELECT count(*) FROM events") == 0)
        #expect(try all.world.count("SELECT count(*) FROM events") == all.summary.events)
        #expect(try summary.world.count("SELECT count(*) FROM accounts") == 1500)
        #expect(try summary.world.count("SELECT count(*) FROM tickets") == summary.summary.tickets)
        #expect(try summary.world.count("SELECT sum(value) FROM metrics WHERE series = 'sessions.started'") == summary.summary.sessions)
        #expect(try summary.world.now() == Instant(millisecondsSince1970: 1_796_058_000_000) + .days(1))
        #expect(try summary.world.connection.scalar("SELECT value FROM meta WHERE key = 'digest'") == .text(summary.summary.digest))
    }

    @Test("the world's accounts pass the portal's own validators and its locks are readable at the desk")
    func accounts() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let run = try bench.run(scenario(users: 400, hours: 24))
        let accounts = try run.world.accounts()
        #expect(accounts.count == 400)
        for account in accounts { try account.check() }
        #expect(try run.world.count("SELECT count(*) FROM identity_documents") == 400)
        let locked = try run.world.rows("SELECT a.username FROM brute_force b JOIN accounts a ON a.id = b.account_id LIMIT 5")
        for row in locked {
            _ = try run.world.overview(of: try #require(row.text("username")))
        }
    }

    @Test("people are drawn the same every time; their names, numbers and documents lead back to them", arguments: [0, 1, 63, 64, 4095, 999_999])
    func people(index: Int) throws {
        let spec = PopulationSpec()
        var big = spec
        big.users = 1_000_000
        let person = PersonTraits(index: index, seed: 5, spec: big)
        #expect(PersonTraits(index: index, seed: 5, spec: big).username == person.username)
        #expect(PersonTraits.index(ofUsername: person.username, seed: 5, spec: big) == index)
        #expect(PersonTraits.index(ofPhone: person.phone, spec: big) == index)
        let document = try IdentityDocument(type: person.document, number: person.documentNumber)
        #expect(PersonTraits.index(ofDocument: document, seed: 5, spec: big) == index)
        let account = try #require(person.account(id: AccountID(1), createdAt: Instant(millisecondsSince1970: 0)))
        try account.check()
        #expect(person.knownAccount(id: AccountID(1), createdAt: Instant(millisecondsSince1970: 0)) == account)
        #expect(Facts(packed: Facts(person).packed) == Facts(person))
    }

    @Test("shares of the population come out near the scenario's")
    func shares() {
        var spec = PopulationSpec()
        spec.users = 20_000
        let people = (0..<spec.users).map { PersonTraits(index: $0, seed: 9, spec: spec) }
        func share(_ test: (PersonTraits) -> Bool) -> Double { Double(people.filter(test).count) / Double(people.count) }
        #expect(abs(share(\.isForeigner) - spec.foreigners) < 0.02)
        #expect(abs(share { $0.secondFactor != .none } - spec.secondFactor) < 0.02)
        #expect(abs(share { $0.profile == .forgetful } - spec.profiles.forgetful) < 0.02)
        #expect(abs(share { $0.verification != .verified } - spec.unverified) < 0.01)
    }
}
