import Foundation
import Testing
@testable import ApoaCLI

/// The README's walk-through, step by step, as a new user types it.
@Suite("The manual-world walk-through")
struct WalkthroughTests {
    static let ani = "account add ani.wijaya --email ani@example.id --phone 081234567890 --document nik:3174015008900001 --second-factor sms --verified --password-stdin"

    @Test("register, log in with a code from the outbox, get locked out, reset by SMS")
    func walkthrough() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run("init").out == """
            created \(desk.world)
              clock    2026-12-01 08:00 WIB
              lockout  temporary: 5 failures within 15m lock for 30m (multiple, at most 12h)
              operator admin

            """)
        #expect(desk.run(Self.ani, input: "Merah-Putih-2026\n").out
            == "created account 1: ani.wijaya (citizen, verified, second factor sms)\n")

        // A code is due: it goes to the outbox, and the login is not done yet (exit 1).
        let first = desk.run("login ani.wijaya --password-stdin", input: "Merah-Putih-2026\n")
        #expect(first.status == 1)
        #expect(first.out.hasPrefix("A verification code was sent by SMS (+62 ***-****-7890).\n"))
        let code = desk.run("outbox --to ani.wijaya --code").out.trimmingCharacters(in: .newlines)
        #expect(code.count == 6 && code.allSatisfy(\.isNumber))
        let second = desk.run("login ani.wijaya --password-stdin --otp \(code)", input: "Merah-Putih-2026\n")
        #expect(second.status == 0)
        #expect(second.out == "You are logged in.  (session 1)\n")

        // Five wrong passwords, ten seconds apart: locked for 30 minutes.
        for _ in 1...5 {
            let wrong = desk.run("login ani.wijaya --password-stdin --device laptop-2", input: "wrong-guess-1\n")
            #expect(wrong.status == 1)
            #expect(wrong.out == "Invalid username or password.\n")
            desk.run("clock advance 10s")
        }
        let locked = desk.run("login ani.wijaya --password-stdin", input: "Merah-Putih-2026\n")
        #expect(locked.out == "Invalid username or password.\n")
        let show = desk.run("account show ani.wijaya --json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        let lock = try #require(json["lock"] as? [String: Any])
        #expect(lock["state"] as? String == "temporary")
        #expect(lock["until"] as? String == "2026-12-01T08:30:40+07:00")
        #expect(lock["failures"] as? Int == 5)
        #expect(lock["temporaryLockouts"] as? Int == 1)
        let events = desk.run("events ani.wijaya").out
        #expect(events.contains("account-locked   lockout-temporary"))
        #expect(events.contains("login-failed     locked-temporary"))

        // The reset: the same answer for anyone, a code by SMS, a new password; the lock is gone.
        #expect(desk.run("request-reset nobody --via sms").out == desk.run("request-reset ani.wijaya --via sms").out)
        let resetCode = desk.run("outbox --to ani.wijaya --code").out.trimmingCharacters(in: .newlines)
        #expect(resetCode.count == 8)
        let reset = desk.run("complete-reset ani.wijaya --token \(resetCode) --password-stdin", input: "Kopi-Tubruk-77\n")
        #expect(reset.status == 0)
        #expect(reset.out == "Your password was changed. Please log in with the new password.\n  (1 session ended)\n")
        #expect(desk.run("account show ani.wijaya").out.contains("  lock           not locked\n"))
        let after = desk.run("login ani.wijaya --password-stdin --lang id", input: "Kopi-Tubruk-77\n")
        #expect(after.out.hasPrefix("Kode verifikasi telah dikirim melalui SMS (+62 ***-****-7890).\n"))
    }

    @Test("account list and outbox show what happened, in text and JSON")
    func listings() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        desk.run(Self.ani, input: "Merah-Putih-2026\n")
        desk.run("account add jan.devries --kind foreigner --email jan@example.nl --document passport:NX1234567 --language en --password-stdin",
                 input: "Tulip-Fields-88\n")
        #expect(desk.run("account list").out == """
            ID  USERNAME     E-MAIL          KIND       VERIFICATION  STATUS  LOCK
            1   ani.wijaya   ani@example.id  citizen    verified      active  —
            2   jan.devries  jan@example.nl  foreigner  unverified    active  —

            """)
        let unverified = desk.run("login jan.devries --password-stdin", input: "Tulip-Fields-88\n")
        #expect(unverified.out == "Your identity has not been verified yet. Please complete identity verification first.\n")
        #expect(desk.run("outbox").out == "the outbox is empty\n")
        let unknown = desk.run("account show ani@exmple.id")
        #expect(unknown.status == 1)
        #expect(unknown.err == "apoa: error: no account matches 'ani@exmple.id' (closest: ani@example.id)\n")
    }

    @Test("a bad value on the command line names the option, exit 64", arguments: [
        ("account add x --email ani@example.id --password-stdin", "apoa: error: USERNAME: invalid username 'x': expected 3 to 32 characters"),
        ("account add ani --email nope --password-stdin", "apoa: error: --email: invalid e-mail address 'nope': expected name@domain, like ani@example.id"),
        ("account add ani --email a@b.id --document nik:123 --password-stdin", "apoa: error: --document: invalid identity document 'nik:123': a NIK has 16 digits"),
        ("account add ani --email a@b.id --kind alien --password-stdin", "apoa: error: --kind: expected one of citizen, foreigner, found 'alien'"),
        ("login ani --password-stdin --ip 300.1.1.1", "apoa: error: --ip: expected an IPv4 address like 36.80.1.2 or an IPv6 one like 2001:db8::1, found '300.1.1.1'"),
    ])
    func badValues(arguments: String, expected: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let result = desk.run(arguments, input: "Merah-Putih-2026\n")
        #expect(result.status == 64)
        #expect(result.err.hasPrefix(expected + "\n"))
    }

    @Test("options that contradict each other are a usage error naming the problem", arguments: [
        ("account add ani --email a@b.id --document passport:X1234567 --password-stdin",
         "apoa: error: account refused: a citizen holds a NIK, not a passport or stay permit"),
        ("account add ani --email a@b.id --verified --password-stdin",
         "apoa: error: account refused: a verified citizen needs a NIK (--document nik:NUMBER)"),
        ("account add ani --email a@b.id --second-factor sms --password-stdin",
         "apoa: error: account refused: SMS as second factor needs a phone number"),
    ])
    func contradictions(arguments: String, expected: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let result = desk.run(arguments, input: "Merah-Putih-2026\n")
        #expect(result.status == 64)
        #expect(result.err.hasPrefix(expected + "\n"))
    }

    @Test("outbox --code --json gives the code as JSON")
    func codeAsJSON() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        desk.run(Self.ani, input: "Merah-Putih-2026\n")
        desk.run("login ani.wijaya --password-stdin", input: "Merah-Putih-2026\n")
        let code = desk.run("outbox --to ani.wijaya --code").out.trimmingCharacters(in: .newlines)
        #expect(desk.run("outbox --to ani.wijaya --code --json").out == "{\n  \"code\": \"\(code)\"\n}\n")
    }

    @Test("refusals by the portal's rules: exit 1, world unchanged")
    func refusals() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let weak = desk.run("account add ani --email a@b.id --password-stdin", input: "password123\n")
        #expect(weak.status == 1)
        #expect(weak.err == "apoa: error: password refused: it is on the list of commonly used passwords\n")
        desk.run(Self.ani, input: "Merah-Putih-2026\n")
        let duplicate = desk.run("account add ani.w --email ANI@example.id --password-stdin", input: "Merah-Putih-2026\n")
        #expect(duplicate.status == 1)
        #expect(duplicate.err == "apoa: error: e-mail 'ani@example.id' is already used by another account\n")
        #expect(desk.run("account list --json").out.components(separatedBy: "\"username\"").count == 2)
    }
}
