import Foundation
import Portal
import Testing
import World
@testable import ApoaCLI

@Suite("apoa diagnose, and personal data by role")
struct DiagnoseCommandTests {
    static let ani = "account add ani.wijaya --email ani@example.id --phone 081234567890 --document nik:3174015008900001 --verified --password-stdin"

    /// Ani, locked out by five wrong passwords ten seconds apart, a minute ago.
    static func lockedAni() throws -> Desk {
        let desk = try Desk()
        desk.run("init")
        desk.run(Self.ani, input: "Merah-Putih-2026\n")
        desk.run("login ani.wijaya --password-stdin", input: "Merah-Putih-2026\n")
        for _ in 1...5 {
            desk.run("login ani.wijaya --password-stdin --device laptop-2", input: "wrong-guess-1\n")
            desk.run("clock advance 10s")
        }
        desk.run("login ani.wijaya --password-stdin", input: "Merah-Putih-2026\n")
        desk.run("clock advance 1m")
        return desk
    }

    /// The same command without an operator (no `--as`, no `APOA_OPERATOR`).
    static func anonymous(_ desk: Desk, _ line: String) -> Desk.Result {
        desk.run(line.split(separator: " ").map(String.init), environment: ["APOA_WORLD": desk.world])
    }

    @Test("a temporary lock by the person's own typos: text and JSON as their golden files")
    func golden() throws {
        let desk = try Self.lockedAni()
        defer { desk.remove() }
        let text = desk.run("diagnose ani.wijaya")
        #expect(text.status == 0)
        #expect(text.out == Desk.golden("diagnose.txt", actual: text.out))
        // JSON for no operator: the e-mail masked, DESIGN.md's shape.
        let json = Self.anonymous(desk, "diagnose ani.wijaya --json --timeline 3")
        #expect(json.status == 0)
        #expect(json.out == Desk.golden("diagnose.json", actual: json.out))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["account", "findings", "lock", "now", "timeline"])
        let account = try #require(object["account"] as? [String: Any])
        #expect(account.keys.sorted() == ["email", "id", "status", "username"])
        #expect(account["email"] as? String == "a***@example.id")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?.keys.sorted() == ["action", "cause", "evidence", "summary"])
        #expect(findings.first?["cause"] as? String == "locked-temporary")
        let timeline = try #require(object["timeline"] as? [[String: Any]])
        #expect(timeline.count == 3 && timeline.allSatisfy { $0.keys.sorted() == ["at", "ip", "kind", "reason"] })
    }

    @Test("the help explains it with examples")
    func help() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let help = desk.run("diagnose --help")
        #expect(help.out == Desk.golden("diagnose-help.txt", actual: help.out))
    }

    @Test("an unknown name: the unknown-account finding, exit 1; the closest names only for staff")
    func unknown() throws {
        let desk = try Self.lockedAni()
        defer { desk.remove() }
        let staff = desk.run("diagnose ani.wijaja")
        #expect(staff.status == 1)
        #expect(staff.err.isEmpty)
        #expect(staff.out.contains("1. unknown-account: No account matches 'ani.wijaja'"))
        #expect(staff.out.contains("closest existing: ani.wijaya"))
        let anonymous = Self.anonymous(desk, "diagnose ani.wijaja --json")
        #expect(anonymous.status == 1)
        #expect(!anonymous.out.contains("ani.wijaya"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(anonymous.out.utf8)) as? [String: Any])
        #expect(object["account"] is NSNull && object["lock"] is NSNull)
        #expect((object["findings"] as? [[String: Any]])?.first?["cause"] as? String == "unknown-account")
    }

    @Test("bad input is a usage error", arguments: [
        ("diagnose", "apoa: error: missing WHO\n"),
        ("diagnose ani.wijaya --timeline -1", "apoa: error: --timeline: expected a whole number ≥ 0, found '-1'\n"),
        ("diagnose ani.wijaya --timeline lots", "apoa: error: --timeline: expected a whole number ≥ 0, found 'lots'\n"),
    ])
    func badInput(line: String, message: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let result = desk.run(line)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix(message))
    }

    @Test("account show and list mask personal data for no operator and for roles without it; admins see it")
    func masking() throws {
        let desk = try Self.lockedAni()
        defer { desk.remove() }
        _ = try WorldStore.open(at: desk.world).addOperator("audrey", role: .auditor)
        let admin = desk.run("account show ani.wijaya").out
        #expect(admin.contains("  e-mail         ani@example.id\n  phone          +6281234567890\n  documents      nik:3174015008900001\n"))
        for show in [Self.anonymous(desk, "account show ani.wijaya"), desk.run("account show ani.wijaya --as audrey")] {
            #expect(show.out.contains("  e-mail         a***@example.id\n  phone          +62 ***-****-7890\n  documents      nik:3174********0001\n"))
        }
        let json = Self.anonymous(desk, "account show ani.wijaya --json").out
        #expect(json.contains("\"email\": \"a***@example.id\"") && json.contains("\"number\": \"3174********0001\""))
        #expect(!json.contains("ani@example.id") && !json.contains("+6281234567890") && !json.contains("3174015008900001"))
        #expect(Self.anonymous(desk, "account list").out.contains("ani.wijaya  a***@example.id"))
        #expect(desk.run("account list").out.contains("ani.wijaya  ani@example.id"))
        #expect(desk.run("diagnose ani.wijaya --as audrey --json").out.contains("\"email\": \"a***@example.id\""))
        // Closest e-mails for a misspelt one: masked for a role without personal data.
        #expect(desk.run("diagnose ani@exmple.id --as audrey").out.contains("closest existing: a***@example.id"))
        #expect(desk.run("diagnose ani@exmple.id").out.contains("closest existing: ani@example.id"))
        let stranger = desk.run("account show ani.wijaya --as nobody")
        #expect(stranger.status == 1)
        #expect(stranger.err.hasPrefix("apoa: error: no operator named 'nobody'"))
    }
}
