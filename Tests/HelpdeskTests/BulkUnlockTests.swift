import Foundation
import Portal
import Testing
@testable import Helpdesk
import Simulation
import World

@Suite("Unlocking a wave of locks")
struct BulkUnlockTests {
    let simulated: SimulatedWorld
    var world: WorldStore { simulated.world }

    init() throws {
        simulated = try SimulatedWorld(LockWave.scenario)
        _ = try simulated.world.addOperator("ana", role: .agent)
        _ = try simulated.world.addOperator("sri", role: .supervisor)
    }

    func names(_ lockouts: [Lockout]) -> [String] { lockouts.map(\.account.username.value) }

    @Test("the SMS outage's window with --cause outage: its two locks; the attack's in the window are skipped, with why")
    func plan() throws {
        let plan = try BulkUnlockPlan(world: world, lockedFrom: try LockWave.at(8), to: try LockWave.at(10), cause: .outage)
        #expect(names(plan.unlocks) == ["ika.outage", "joko.outage"])
        #expect(names(plan.skipped.map(\.lockout)) == ["rani.reset", "tono.target"])
        #expect(plan.skipped.allSatisfy { $0.why.hasPrefix("attack: 30 tries in a day from ") && $0.why.hasSuffix("; never unlocked in bulk") })
    }

    @Test("the window's ends are included; a cause filter skips the others with their cause")
    func window() throws {
        let ika = try LockWave.at(8) + .minutes(31) + .seconds(20)
        #expect(names(try BulkUnlockPlan(world: world, lockedFrom: ika, to: ika, cause: nil).unlocks) == ["ika.outage"])
        let day = try BulkUnlockPlan(world: world, lockedFrom: try LockWave.at(0), to: try LockWave.at(14), cause: .maintenance)
        #expect(names(day.unlocks) == ["maya.maint"])
        #expect(day.skipped.map(\.why).filter { $0.hasPrefix("outage, not maintenance: ") }.count == 2)
        #expect(day.skipped.contains { $0.why == "owner, not maintenance: 5 of 5 failures from places they log in from" })
        let all = try BulkUnlockPlan(world: world, lockedFrom: try LockWave.at(0), to: try LockWave.at(14), cause: nil)
        #expect(names(all.unlocks) == ["ika.outage", "joko.outage", "maya.maint", "oki.owner"])
    }

    @Test("a plan changes nothing")
    func dryRun() throws {
        let before = try world.events(for: nil).count
        _ = try BulkUnlockPlan(world: world, lockedFrom: try LockWave.at(8), to: try LockWave.at(10), cause: .outage)
        #expect(try world.events(for: nil).count == before)
        #expect(try world.auditEntries().isEmpty)
    }

    @Test("a supervisor's real run: one audit line naming the count, a lock-cleared event per account, attacks still locked")
    func run() throws {
        let before = try world.events(for: nil).count
        let done = try Desk(world: world, operatorName: "sri", action: "unlock")
            .bulkUnlock(lockedFrom: try LockWave.at(8), to: try LockWave.at(10), cause: .outage, reason: "SMS outage 08:00-10:00")
        #expect(names(done.unlocks) == ["ika.outage", "joko.outage"])
        let events = try world.events(for: nil).dropFirst(before).map(\.event)
        #expect(events.map(\.kind) == [.lockCleared, .lockCleared])
        #expect(events.allSatisfy { $0.reason == .deskUnlock })
        let audit = try world.auditEntries()
        #expect(audit.count == 1)
        #expect(audit.first?.action == "unlock-bulk")
        #expect(audit.first?.target == "locked-during 2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00")
        #expect(audit.first?.detail == "unlocked 2 accounts locked 2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00 "
            + "(cause outage); skipped 2 (2 by attacks); reason: SMS outage 08:00-10:00")
        #expect(names(try LockoutList(world: world, activeOnly: true).lockouts)
            == ["maya.maint", "oki.owner", "rani.reset", "tono.target"])
    }

    @Test("an agent may not bulk-unlock: refused, audited, nothing changed")
    func agentRefused() throws {
        let before = try world.events(for: nil).count
        #expect(throws: HelpdeskError.notPermitted(operator: "ana", role: .agent, action: "unlock-bulk", needs: .bulkUnlock)) {
            try Desk(world: world, operatorName: "ana", action: "unlock")
                .bulkUnlock(lockedFrom: try LockWave.at(8), to: try LockWave.at(10), cause: nil, reason: "outage")
        }
        #expect(try world.events(for: nil).count == before)
        #expect(try world.auditEntries().map(\.outcome) == [.refused])
    }
}

@Suite("Locks in a world without its event log")
struct SummaryWorldLockTests {
    @Test("--record summary keeps no log: every cause is unknown, the lock time is the record's last failure, and bulk skips them all")
    func summary() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-summary-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/world.sqlite"
        _ = try SimulationRun.run(try Scenario.decode(text: LockWave.scenario, file: "wave.json"),
                                  options: SimulationOptions(threads: 2, record: .summary), world: path)
        let world = try WorldStore.open(at: path)
        let list = try LockoutList(world: world, activeOnly: true)
        #expect(list.lockouts.count == 6)
        #expect(list.lockouts.allSatisfy { $0.causeName == "unknown" && !$0.isUnsafeToUnlock })
        #expect(list.lockouts.first { $0.account.username.value == "ika.outage" }?.since
            == (try LockWave.at(8)) + .minutes(31) + .seconds(20))
        let plan = try BulkUnlockPlan(world: world, lockedFrom: try LockWave.at(0), to: try LockWave.at(14), cause: nil)
        #expect(plan.unlocks.isEmpty)
        #expect(plan.skipped.count == 6)
        #expect(plan.skipped.allSatisfy { $0.why == "the log holds no failure of its count to tell its cause" })
    }
}
