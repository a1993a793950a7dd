import Foundation
import Testing
@testable import World
@testable import ApoaCLI

@Suite("apoa unlock")
struct UnlockCommandTests {
    static let outageWindow = "2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00"

    @Test("citra, locked by an attack and never reset: refused with the evidence and what to do; nothing changes")
    func attackRefused() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let before = try desk.snapshot()
        let result = desk.run(as: "ana", ["unlock", "citra.lestari", "--reason", "she called"])
        #expect(result.status == 1)
        #expect(result.err == "apoa: error: citra.lestari was locked by an attack (44 tries in a day from 91.17.184.8, "
            + "185.16.30.239 and 1 more address) and no password reset has been done since: reset the password first "
            + "(apoa reset-password citra.lestari --via sms), or add --force\n")
        let after = try desk.snapshot()
        #expect(after.events == before.events && after.locks == before.locks)
        #expect(after.audit == before.audit + 1)
    }

    @Test("--force: an agent is refused; a supervisor unlocks citra, and the event and audit line say so")
    func force() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let agent = desk.run(as: "ana", ["unlock", "citra.lestari", "--reason", "verified by video call", "--force"])
        #expect(agent.status == 1)
        #expect(agent.err == "apoa: error: ana is an agent and may not unlock-force: only supervisors and admins may\n")
        let result = desk.run(as: "sri", ["unlock", "citra.lestari", "--reason", "verified by video call", "--force"])
        #expect(result.status == 0)
        #expect(result.out == """
            unlocked citra.lestari: cleared a temporary lock until 2026-12-01 10:02:37 WIB (5 failures); cause attack: 44 tries in a day from 91.17.184.8, 185.16.30.239 and 1 more address
              forced past an attack's lock: have the person reset the password now

            """)
        let event = try #require(desk.run(as: nil, ["events", "citra.lestari", "--limit", "1"]).out.split(separator: "\n").last)
        #expect(event.contains("lock-cleared") && event.contains("desk-unlock") && event.contains("locked=1"))
        let audit = try #require(try WorldStore.open(at: desk.world).auditEntries().last)
        #expect(audit.operatorName == "sri" && audit.action == "unlock-force" && audit.target == "citra.lestari")
        #expect(audit.detail.contains("forced: no password reset since the attack; reason: verified by video call"))
    }

    @Test("budi, locked by his own typos: an agent unlocks him; the ticket goes into the audit line; again is refused")
    func owner() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let world = try WorldStore.open(at: desk.world)
        let budi = try world.account(matching: "budi.santoso")
        try world.connection.run("""
            INSERT INTO tickets (id, opened_at, account_id, channel, says, category, true_cause, status, priority)
            VALUES (9001, 0, ?, 'hotline', 'Akun saya terkunci', 'lockout', 'locked-temporary', 'new', 'normal')
            """, [budi.id.rawValue])
        let result = desk.run(as: "ana", ["unlock", "budi.santoso", "--reason", "typed his old password", "--ticket", "9001"])
        #expect(result.status == 0)
        #expect(result.out == "unlocked budi.santoso: cleared a temporary lock until 2026-12-01 10:31:20 WIB (5 failures); "
            + "cause owner: 5 failures from 1 address, no other account tried\n")
        #expect(desk.run(as: nil, ["account", "show", "budi.santoso"]).out.contains("lock           not locked\n"))
        let audit = try #require(try world.auditEntries().last)
        #expect(audit.ticket == 9001)
        #expect(audit.detail.hasSuffix("; reason: typed his old password"))
        let again = desk.run(as: "ana", ["unlock", "budi.santoso", "--reason", "again"])
        #expect(again.status == 1)
        #expect(again.err == "apoa: error: budi.santoso is not locked; nothing to unlock\n")
    }

    @Test("--json: the lock as it was, and whether it was forced")
    func json() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let result = desk.run(as: "admin", ["unlock", "budi.santoso", "--reason", "typos", "--json"])
        #expect(result.status == 0)
        #expect(result.out.contains("\"username\": \"budi.santoso\""))
        #expect(result.out.contains("\"email\": \"budi@example.id\""))
        #expect(result.out.contains("\"state\": \"temporary\""))
        #expect(result.out.contains("\"cause\": \"owner\""))
        #expect(result.out.contains("\"forced\": false"))
    }

    @Test("a wave: --dry-run lists the outage's lock and skips the attack's, and changes nothing")
    func dryRun() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let before = try desk.snapshot()
        let result = desk.run(as: nil, ["unlock", "--locked-during", Self.outageWindow, "--cause", "outage", "--dry-run"])
        #expect(result.status == 0)
        #expect(result.out == """
            would unlock 1 account locked 2026-12-01 08:00 WIB to 2026-12-01 10:00 WIB by outage:
            USERNAME          E-MAIL               CAUSE   SINCE                    UNTIL                    LEFT   FAILURES  WHY
            yuni.irawan.1456  y***@kantor.example  outage  2026-12-01 09:34:26 WIB  2026-12-01 10:04:26 WIB  2m26s  5         5 of 5 failures while sms-gateway was down
            skipped 1 (unlock them one by one, after a reset where an attack locked them):
            USERNAME       E-MAIL           CAUSE   SINCE                    UNTIL                    SKIPPED BECAUSE
            citra.lestari  c***@example.id  attack  2026-12-01 09:32:37 WIB  2026-12-01 10:02:37 WIB  attack: 44 tries in a day from 91.17.184.8, 185.16.30.239 and 1 more address; never unlocked in bulk

            """)
        let after = try desk.snapshot()
        #expect(after.events == before.events && after.audit == before.audit && after.locks == before.locks)
    }

    @Test("a wave for real: a supervisor clears it in one audited action; an agent may not; the attack's lock stays")
    func bulk() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let agent = desk.run(as: "ana", ["unlock", "--locked-during", Self.outageWindow, "--reason", "sms outage"])
        #expect(agent.status == 1)
        #expect(agent.err == "apoa: error: ana is an agent and may not unlock-bulk: only supervisors and admins may\n")
        let before = try desk.snapshot()
        let result = desk.run(as: "sri", ["unlock", "--locked-during", Self.outageWindow, "--cause", "outage",
                                          "--reason", "SMS gateway outage 08:00-10:00", "--json"])
        #expect(result.status == 0)
        #expect(result.out.contains("\"dryRun\": false"))
        #expect(result.out.contains("\"skippedBecause\": \"attack: "))
        let after = try desk.snapshot()
        #expect(after.events == before.events + 1)
        #expect(after.audit == before.audit + 1)
        let active = desk.run(as: nil, ["lockouts", "--active"]).out
        #expect(active.hasPrefix("2 accounts locked at 2026-12-01 10:02 WIB\n"))
        #expect(!active.contains("yuni.irawan.1456") && active.contains("citra.lestari") && active.contains("budi.santoso"))
        let audit = try #require(try WorldStore.open(at: desk.world).auditEntries().last)
        #expect(audit.action == "unlock-bulk" && audit.outcome == .done)
        #expect(audit.detail == "unlocked 1 account locked \(Self.outageWindow) (cause outage); skipped 1 (1 by attacks); "
            + "reason: SMS gateway outage 08:00-10:00")
    }

    @Test("bad input is a usage error (64) and changes nothing", arguments: [
        (["unlock", "budi.santoso"], "missing --reason TEXT: every unlock says why"),
        (["unlock", "budi.santoso", "--reason", ""], "--reason: expected why, found nothing"),
        (["unlock", "budi.santoso", "--reason", "   "], "--reason: expected why, found nothing"),
        (["unlock", "budi.santoso", "--reason", "x", "--ticket", "twelve"], "--ticket: expected a ticket number like 12, found 'twelve'"),
        (["unlock", "--reason", "x"], "give WHO, or --locked-during FROM..TO to unlock a wave of locks"),
        (["unlock", "budi.santoso", "--locked-during", outageWindow, "--reason", "x"], "give WHO or --locked-during, not both"),
        (["unlock", "--locked-during", "2026-12-01T08:00:00+07:00", "--reason", "x"],
         "--locked-during: expected FROM..TO, like 2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00, found '2026-12-01T08:00:00+07:00'"),
        (["unlock", "--locked-during", "2026-12-01T08:00:00..2026-12-01T10:00:00+07:00", "--reason", "x"],
         "--locked-during FROM: expected a time with a zone offset, like 2026-12-01T08:00:00+07:00, found '2026-12-01T08:00:00'"),
        (["unlock", "--locked-during", "2026-12-01T10:00:00+07:00..2026-12-01T08:00:00+07:00", "--reason", "x"],
         "--locked-during: FROM (2026-12-01T10:00:00+07:00) is after TO (2026-12-01T08:00:00+07:00)"),
        (["unlock", "--locked-during", outageWindow, "--cause", "attack", "--dry-run"], "--cause: expected one of outage, maintenance, found 'attack'"),
        (["unlock", "budi.santoso", "--reason", "x", "--dry-run"], "--cause and --dry-run go with --locked-during, not with WHO"),
        (["unlock", "--locked-during", outageWindow, "--reason", "x", "--force"],
         "--force unlocks one account: an attack's locks are never unlocked in bulk"),
    ])
    func usage(arguments: [String], message: String) throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let before = try desk.snapshot()
        let result = desk.run(as: "admin", arguments)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: \(message)\nUsage: apoa unlock [WHO] [--reason TEXT]"))
        let after = try desk.snapshot()
        #expect(after.events == before.events && after.audit == before.audit && after.locks == before.locks)
    }

    @Test("an unknown WHO or ticket, or no operator: a clear error and nothing changed")
    func refusals() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let before = try desk.snapshot()
        let unknown = desk.run(as: "ana", ["unlock", "budi.santos0", "--reason", "x"])
        #expect(unknown.status == 1)
        #expect(unknown.err.hasPrefix("apoa: error: no account matches 'budi.santos0'"))
        let ticket = desk.run(as: "ana", ["unlock", "budi.santoso", "--reason", "x", "--ticket", "999999"])
        #expect(ticket.status == 1)
        #expect(ticket.err == "apoa: error: no ticket #999999 (see 'apoa tickets list')\n")
        let nobody = desk.run(as: nil, ["unlock", "budi.santoso", "--reason", "x"])
        #expect(nobody.status == 64)
        #expect(nobody.err.hasPrefix("apoa: error: apoa unlock changes the world and needs an operator"))
        let after = try desk.snapshot()
        #expect(after.events == before.events && after.locks == before.locks)
        // The refused ticket is audited; the others never reached an action.
        #expect(after.audit == before.audit + 1)
    }

    @Test("help matches its golden file")
    func help() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(["unlock", "--help"])
        #expect(result.status == 0)
        #expect(result.out == Desk.golden("unlock.txt", actual: result.out))
    }
}
