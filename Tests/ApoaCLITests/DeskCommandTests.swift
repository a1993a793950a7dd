import Foundation
import SQLiteDB
import Testing
@testable import ApoaCLI

@Suite("The desk: operators, roles, resets and the audit log")
struct DeskCommandTests {
    /// A world with Ani (SMS second factor) and the operators rina (agent) and odit (auditor).
    static func desk() throws -> Desk {
        let desk = try Desk()
        desk.run("init")
        desk.run(["account", "add", "ani.wijaya", "--email", "ani@example.id", "--phone", "081234567890",
                  "--document", "nik:3174015008900001", "--second-factor", "sms", "--verified", "--password-stdin"],
                 input: "Merah-Putih-2026\n")
        desk.run("operator add rina --role agent")
        desk.run("operator add odit --role auditor")
        return desk
    }

    @Test("a command that changes the world needs an operator: exit 64 saying how to give one")
    func noOperator() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        let result = desk.run(["clock", "advance", "1h"], environment: ["APOA_WORLD": desk.world])
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: apoa clock advance changes the world and needs an operator: add --as NAME or set APOA_OPERATOR"))
        #expect(desk.run("clock show").out.hasPrefix("2026-12-01 08:00 WIB"))
    }

    @Test("an unknown operator is refused with the names there are, and the try is audited")
    func unknownOperator() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        let result = desk.run("reset-password ani.wijaya --via sms --as mallory")
        #expect(result.status == 1)
        #expect(result.err == "apoa: error: no operator named 'mallory' (operators: admin, odit, rina)\n")
        let last = desk.run("audit list --limit 1").out
        #expect(last.contains("mallory (none)") && last.contains("refused"))
    }

    @Test("an auditor reads but may not reset: exit 1, nothing sent, the refusal audited")
    func auditorRefused() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        let result = desk.run("reset-password ani.wijaya --via sms --as odit")
        #expect(result.status == 1)
        #expect(result.err == "apoa: error: odit is an auditor and may not reset-password: only agents, supervisors and admins may\n")
        #expect(desk.run("outbox --to ani.wijaya").out.contains("reset") == false)
        #expect(desk.run("audit list --as odit").out.contains("odit (auditor)  reset-password  ani.wijaya  refused"))
    }

    @Test("only an admin adds operators; a role that does not exist is a usage error")
    func operators() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run("operator add dodi --role supervisor --as rina").status == 1)
        let bad = desk.run("operator add dodi --role boss")
        #expect(bad.status == 64)
        #expect(bad.err.hasPrefix("apoa: error: --role: expected one of agent, supervisor, auditor, admin, found 'boss'"))
        #expect(desk.run("operator add rina --role agent").err == "apoa: error: there is already an operator named 'rina'\n")
        #expect(desk.run("operator list").out == """
            NAME   ROLE     SINCE
            admin  admin    2026-12-01 08:00 WIB
            odit   auditor  2026-12-01 08:00 WIB
            rina   agent    2026-12-01 08:00 WIB

            """)
    }

    @Test("a reset by SMS goes to the number on file, masked in the answer, and ends the sessions")
    func resetBySMS() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        let result = desk.run("reset-password ani.wijaya --via sms --as rina")
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("sent a reset code by SMS to +62 ***-****-7890 for ani.wijaya\n"))
        #expect(desk.run("outbox --to ani.wijaya").out.contains("reset"))
        #expect(desk.run("audit list --limit 1").out.contains("sent a reset code by sms to +62 ***-****-7890; ended 0 sessions"))
    }

    @Test("a reset to an account without that address, or without saying how: a clear error, nothing sent")
    func resetRefusals() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        desk.run(["account", "add", "jan.devries", "--email", "jan@example.nl", "--kind", "foreigner", "--password-stdin"],
                 input: "Merah-Putih-2026\n")
        let noPhone = desk.run("reset-password jan.devries --via sms --as rina")
        #expect(noPhone.status == 1)
        #expect(noPhone.err.hasPrefix("apoa: error: jan.devries has no mobile number on file: send the reset by e-mail (--via email)"))
        #expect(desk.run("reset-password jan.devries --as rina").status == 64)
        #expect(desk.run("reset-password nobody.here --via email --as rina").status == 1)
        #expect(desk.run("reset-password jan.devries --via email --ticket 99 --as rina").err
            == "apoa: error: no ticket #99 (see 'apoa tickets list')\n")
        #expect(desk.run("outbox --to jan.devries").out.contains("reset") == false)
    }

    @Test("a temporary password is shown once, logged nowhere, and the next login asks for a new one")
    func temporaryPassword() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        let result = desk.run("reset-password ani.wijaya --temporary --as rina")
        let line = try #require(result.out.split(separator: "\n").first)
        let password = String(try #require(line.split(separator: " ").last))
        #expect(password.count == 14)
        #expect(!desk.run("audit list --json").out.contains(password))
        let login = desk.run(["login", "ani.wijaya", "--password-stdin"], input: password + "\n")
        #expect(login.status == 1)
        #expect(login.out.hasPrefix("A temporary password only lets you set a new one."))
        let change = desk.run(["change-password", "ani.wijaya", "--password-stdin"], input: password + "\nKopi-Tubruk-77\n")
        #expect(change.out == "Your password was changed. Please log in with the new password.\n")
        // After a reset the next login asks for a code.
        let next = desk.run(["login", "ani.wijaya", "--password-stdin"], input: "Kopi-Tubruk-77\n")
        #expect(next.out.hasPrefix("A verification code was sent by SMS"))
    }

    @Test("audit verify: intact after desk work, exit 1 naming the entry after a row is changed")
    func verify() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        desk.run("reset-password ani.wijaya --via email --as rina")
        #expect(desk.run("audit verify").out == "audit chain intact: 3 entries\n")
        // As someone with the file and the sqlite3 shell would: past the trigger, into the row.
        let tamperer = try Connection(path: desk.world)
        try tamperer.execute("DROP TRIGGER audit_no_update; UPDATE audit SET detail = 'nothing to see' WHERE seq = 3")
        tamperer.close()
        let result = desk.run("audit verify")
        #expect(result.status == 1)
        #expect(result.err == "apoa: error: audit entry 3 is broken: its fields were changed after it was written (hash differs) (2 entries before it are intact)\n")
    }
}
