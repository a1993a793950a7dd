import Foundation
import Portal
import Testing
@testable import World

@Suite("Locked accounts and unlocking in the world file")
struct LockoutStoreTests {
    /// A world where ani is locked by five wrong passwords and jan has two failures.
    static func world(in directory: TemporaryDirectory) throws -> WorldStore {
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 3)
        _ = try world.addAccount(try Fixtures.ani(secondFactor: .none), password: Fixtures.password, random: &random)
        _ = try world.addAccount(try Fixtures.jan(), password: Fixtures.password, random: &random)
        for (who, count) in [("ani.wijaya", 5), ("jan.devries", 2)] {
            for _ in 0..<count {
                _ = try world.login(LoginRequest(identifier: who, password: "wrong-guess-1", code: nil, ip: IPAddress("36.80.1.2"),
                                                 device: "browser-1"), random: &random)
                try world.advanceClock(by: .seconds(10))
            }
        }
        return world
    }

    @Test("the locked accounts come from the two partial indexes of brute_force, never a scan")
    func queryPlan() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        let plan = try world.connection.query("EXPLAIN QUERY PLAN " + WorldStore.lockedAccountsSQL, [0])
            .compactMap { $0.text("detail") }
        #expect(plan.contains { $0.contains("USING COVERING INDEX brute_force_by_not_before (not_before>?)") })
        #expect(plan.contains { $0.contains("USING INDEX brute_force_permanent") })
        #expect(!plan.contains { $0.hasPrefix("SCAN brute_force") && !$0.contains("INDEX") })
    }

    @Test("locked now: ani; a count below the limit is no lock; an ended lock shows only within the window asked")
    func lockedAccounts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory)
        let snapshot = try world.lockedAccounts()
        #expect(snapshot.accounts.map(\.account.username.value) == ["ani.wijaya"])
        let ani = try #require(snapshot.accounts.first)
        #expect(ani.history.failures.count == 5)
        #expect(ani.history.lockedAt == Fixtures.start + .seconds(40))
        try world.advanceClock(by: .hours(1))
        #expect(try world.lockedAccounts().accounts.isEmpty)
        #expect(try world.lockedAccounts(endedWithin: .hours(24)).accounts.map(\.account.username.value) == ["ani.wijaya"])
    }

    @Test("unlock clears the lock through the portal's rule and logs lock-cleared desk-unlock")
    func unlock() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory)
        let ani = try world.account(matching: "ani.wijaya")
        guard case .cleared(.temporary, failures: 5) = try world.unlock(ani.id) else {
            Issue.record("expected the temporary lock cleared")
            return
        }
        #expect(try world.overview(of: "ani.wijaya").lock == .none)
        #expect(try world.overview(of: "ani.wijaya").bruteForce == BruteForceState())
        let last = try #require(try world.events(for: ani.id).last?.event)
        #expect(last.kind == .lockCleared)
        #expect(last.reason == .deskUnlock)
        #expect(last.detail?.description == "failures=5 locked=1")
        #expect(try world.lockedAccounts(endedWithin: .hours(24)).accounts.isEmpty)
        // The cleared count ends the history: a new one starts from the next failure.
        #expect(try world.lockHistory(of: "ani.wijaya").failures.isEmpty)
    }

    @Test("an account that is not locked is left as it is, its failures still counting, and nothing is logged")
    func notLocked() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory)
        let jan = try world.account(matching: "jan.devries")
        let before = try world.events(for: nil).count
        #expect(try world.unlock(jan.id) == .notLocked(failures: 2))
        #expect(try world.overview(of: "jan.devries").bruteForce.failures == 2)
        #expect(try world.events(for: nil).count == before)
    }
}
