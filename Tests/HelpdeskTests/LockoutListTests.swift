import Portal
import Testing
import World
@testable import Helpdesk

@Suite("The lockout list")
struct LockoutListTests {
    @Test("every lock in force with its cause: outage, maintenance, the owner's typos, attacks; permanent ones by name")
    func causes() throws {
        let simulated = try SimulatedWorld(LockWave.scenario)
        let list = try LockoutList(world: simulated.world, activeOnly: true)
        #expect(list.lockouts.map { "\($0.account.username.value) \($0.causeName) \($0.state)" } == [
            "ika.outage outage permanent", "joko.outage outage permanent", "maya.maint maintenance permanent",
            "oki.owner owner permanent", "rani.reset attack permanent", "tono.target attack permanent",
        ])
        let byName = Dictionary(uniqueKeysWithValues: list.lockouts.map { ($0.account.username.value, $0) })
        #expect(byName["ika.outage"]?.why == "5 of 5 failures while sms-gateway was down")
        #expect(byName["maya.maint"]?.why == "5 of 5 failures while email was under maintenance")
        #expect(byName["oki.owner"]?.why == "5 of 5 failures from places they log in from")
        #expect(byName["tono.target"]?.why.hasPrefix("30 tries in a day from ") == true)
        #expect(byName["tono.target"]?.isUnsafeToUnlock == true)
        // She reset her password after the attack: her account is safe to unlock.
        #expect(byName["rani.reset"]?.isUnsafeToUnlock == false)
        #expect(byName["ika.outage"]?.since == (try LockWave.at(8)) + .minutes(31) + .seconds(20))
    }

    @Test("the quickstart at its end: nothing locked now; the day's ended locks by when they ended, citra's by an attack")
    func quickstart() throws {
        let world = try SimulatedWorld.quickstartWorld()
        #expect(try LockoutList(world: world, activeOnly: true).lockouts.isEmpty)
        let list = try LockoutList(world: world, activeOnly: false)
        #expect(!list.lockouts.isEmpty)
        #expect(list.lockouts.allSatisfy { $0.lock == .none && $0.state == "expired" })
        let ends = list.lockouts.compactMap(\.until)
        #expect(ends == ends.sorted())
        let citra = try #require(list.lockouts.first { $0.account.username.value == "citra.lestari" })
        #expect(citra.causeName == "attack")
        #expect(list.lockouts.first { $0.account.username.value == "budi.santoso" }?.causeName == "owner")
    }

    @Test("by source: the attack's two addresses share both its locks; no one address here is stuffing")
    func sources() throws {
        let simulated = try SimulatedWorld(LockWave.scenario)
        let sources = try LockoutList(world: simulated.world, activeOnly: true).sources
        #expect(sources.prefix(2).map(\.lockedAccounts) == [["rani.reset", "tono.target"], ["rani.reset", "tono.target"]])
        #expect(sources.prefix(2).allSatisfy { $0.accountsTried == 2 })
        #expect(sources.count == 6)
        #expect(sources.allSatisfy { !$0.isStuffing })
        #expect(sources.map(\.failures).reduce(0, +) == 30)
    }

    @Test("an address that failed against many accounts is flagged as stuffing")
    func stuffing() throws {
        let simulated = try SimulatedWorld("""
            { "name": "stuffing", "seed": 5, "start": "2026-12-01T00:00:00+07:00", "duration": "2h",
              "population": { "users": 200 }, "load": { "sessionsPerUserPerDay": 0 },
              "policy": { "bruteForce": { "mode": "permanent", "maxFailures": 3 }, "throttle": { "maxFailures": 0 },
                          "captcha": { "mode": "off" } },
              "attacks": [ { "kind": "credential-stuffing", "at": "2026-12-01T01:00:00+07:00", "for": "30m",
                             "accounts": 40, "ips": 2, "attemptsPerAccount": 3 } ] }
            """)
        let list = try LockoutList(world: simulated.world, activeOnly: true)
        #expect(list.lockouts.count >= 10)
        #expect(list.lockouts.allSatisfy { $0.causeName == "attack" })
        let sources = list.sources
        #expect(sources.count == 2)
        #expect(sources.allSatisfy { $0.isStuffing && $0.accountsTried >= LockCause.wideSourceAccounts })
        #expect(list.lockouts.first?.why.contains("addresses that tried many accounts") == true)
    }
}
