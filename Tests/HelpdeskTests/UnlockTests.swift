import Portal
import Testing
@testable import Helpdesk
@testable import World

@Suite("Unlocking one account at the desk")
struct UnlockTests {
    let simulated: SimulatedWorld
    var world: WorldStore { simulated.world }

    init() throws {
        simulated = try SimulatedWorld(LockWave.scenario)
        _ = try simulated.world.addOperator("ana", role: .agent)
        _ = try simulated.world.addOperator("sri", role: .supervisor)
    }

    func desk(_ name: String) throws -> Desk {
        try Desk(world: world, operatorName: name, action: "unlock")
    }

    @Test("the owner's typos: an agent unlocks, the lock-cleared event and one audit line say so")
    func owner() throws {
        let receipt = try desk("ana").unlock("oki.owner", reason: "called, knows his password again")
        #expect(receipt.cleared == .permanent)
        #expect(receipt.lockout.failures == 5)
        #expect(!receipt.wasForced)
        #expect(try LockoutList(world: world, activeOnly: true).lockouts.map(\.account.username.value)
            .contains("oki.owner") == false)
        let event = try #require(try world.events(for: receipt.lockout.account.id).last?.event)
        #expect(event.kind == .lockCleared && event.reason == .deskUnlock)
        let audit = try #require(try world.auditEntries().last)
        #expect(audit.operatorName == "ana" && audit.action == "unlock" && audit.target == "oki.owner" && audit.outcome == .done)
        #expect(audit.detail == "cleared a permanent lock (5 failures); cause owner: 5 of 5 failures from places they log in "
            + "from; reason: called, knows his password again")
    }

    @Test("an attack's lock with no reset since is refused, naming the evidence; the refusal is audited; nothing changes")
    func attackRefused() throws {
        let before = try world.events(for: nil).count
        #expect {
            try desk("ana").unlock("tono.target", reason: "says it is him")
        } throws: { error in
            guard case HelpdeskError.refused(let why) = error else { return false }
            return why.hasPrefix("tono.target was locked by an attack (30 tries in a day from ")
                && why.hasSuffix(") and no password reset has been done since: reset the password first "
                    + "(apoa reset-password tono.target --via sms), or add --force")
        }
        #expect(try world.events(for: nil).count == before)
        #expect(try world.overview(of: "tono.target").lock == .permanent)
        #expect(try world.auditEntries().last?.outcome == .refused)
    }

    @Test("--force needs the force permission: an agent is refused, a supervisor unlocks, audited as forced")
    func force() throws {
        #expect(throws: HelpdeskError.notPermitted(operator: "ana", role: .agent, action: "unlock-force", needs: .force)) {
            try desk("ana").unlock("tono.target", reason: "verified by video call", force: true)
        }
        #expect(try world.overview(of: "tono.target").lock == .permanent)
        let receipt = try desk("sri").unlock("tono.target", reason: "verified by video call", force: true)
        #expect(receipt.wasForced)
        #expect(try world.overview(of: "tono.target").lock == .none)
        let audit = try #require(try world.auditEntries().last)
        #expect(audit.operatorName == "sri" && audit.action == "unlock-force" && audit.outcome == .done)
        #expect(audit.detail.contains("cause attack: 30 tries in a day from "))
        #expect(audit.detail.hasSuffix("; forced: no password reset since the attack; reason: verified by video call"))
    }

    @Test("an attack's lock after a password reset: unlocked without --force, the reset in the audit line")
    func afterReset() throws {
        let receipt = try desk("ana").unlock("rani.reset", reason: "reset done, she called")
        #expect(!receipt.wasForced)
        #expect(receipt.lockout.causeName == "attack")
        #expect(try world.auditEntries().last?.detail.contains("; password reset at 2026-12-01T10:05") == true)
    }

    @Test("an account that is not locked: refused, saying so; unlocking twice changes nothing the second time")
    func notLocked() throws {
        _ = try desk("ana").unlock("oki.owner", reason: "first")
        let before = try world.events(for: nil).count
        #expect(throws: HelpdeskError.refused("oki.owner is not locked; nothing to unlock")) {
            try desk("ana").unlock("oki.owner", reason: "again")
        }
        #expect(try world.events(for: nil).count == before)
    }

    @Test("a ticket must exist and be about the account; it is kept in the audit line")
    func tickets() throws {
        let oki = try world.account(matching: "oki.owner")
        let ika = try world.account(matching: "ika.outage")
        try world.connection.run("""
            INSERT INTO tickets (id, opened_at, account_id, channel, says, category, true_cause, status, priority)
            VALUES (41, 0, ?, 'hotline', 'terkunci', 'lockout', 'locked-temporary', 'new', 'normal')
            """, [oki.id.rawValue])
        #expect(throws: HelpdeskError.refused("no ticket #40 (see 'apoa tickets list')")) {
            try desk("ana").unlock("oki.owner", reason: "x", ticket: 40)
        }
        #expect(throws: HelpdeskError.refused("ticket #41 is about another account (\(oki.id)), not ika.outage")) {
            try desk("ana").unlock(ika.username.value, reason: "x", ticket: 41)
        }
        _ = try desk("ana").unlock("oki.owner", reason: "x", ticket: 41)
        #expect(try world.auditEntries().last?.ticket == 41)
    }

    @Test("an unknown WHO is an error before any action; an empty reason is refused")
    func badInput() throws {
        #expect(throws: WorldError.self) { try desk("ana").unlock("nobody.here", reason: "x") }
        #expect(throws: HelpdeskError.refused("an unlock needs a reason (--reason TEXT)")) {
            try desk("ana").unlock("oki.owner", reason: "  ")
        }
        #expect(try world.overview(of: "oki.owner").lock == .permanent)
    }
}
