import Foundation
import Testing
@testable import ApoaCLI

@Suite("Worlds at the command line")
struct WorldCommandTests {
    @Test("no world: exit 74 with how to make one")
    func missing() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run("clock show")
        #expect(result.status == 74)
        #expect(result.err == "apoa: error: no world at '\(desk.world)' (make one with 'apoa init' or 'apoa simulate', or name it with --world)\n")
    }

    @Test("a file that is not a world: exit 65, file untouched")
    func notAWorld() throws {
        let desk = try Desk()
        defer { desk.remove() }
        try Data("hello".utf8).write(to: URL(fileURLWithPath: desk.world))
        let result = desk.run("account list")
        #expect(result.status == 65)
        #expect(result.err == "apoa: error: '\(desk.world)' is not an apoa world: it is not an SQLite database\n")
        #expect(FileManager.default.contents(atPath: desk.world) == Data("hello".utf8))
    }

    @Test("init refuses to overwrite: exit 1")
    func initTwice() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run("init").status == 0)
        desk.run("clock advance 1h")
        let second = desk.run("init")
        #expect(second.status == 1)
        #expect(second.err.contains("already exists; apoa init never overwrites a world"))
        #expect(desk.run("clock show").out.hasPrefix("2026-12-01 09:00 WIB"))
    }

    @Test("a bad policy file: exit 65 listing every problem, no world made")
    func badPolicy() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let policy = "\(desk.directory)/policy.json"
        try Data(#"{"bruteForce": {"maxFailures": -5, "failureReset": "soon"}, "captcha": {"mode": "sometimes"}}"#.utf8)
            .write(to: URL(fileURLWithPath: policy))
        let result = desk.run(["init", "--policy", policy])
        #expect(result.status == 65)
        #expect(result.err == """
            apoa: error: \(policy):1: bruteForce.maxFailures: expected a whole number from 1 to 10000, found -5
            apoa: error: \(policy):1: bruteForce.failureReset: expected a duration from 1s to 365d in whole seconds, like 30s, 15m or 1h30m, found 'soon'
            apoa: error: \(policy):1: captcha.mode: expected one of off, after-failures, always, found 'sometimes'

            """)
        #expect(!FileManager.default.fileExists(atPath: desk.world))
    }

    @Test("the clock shows in the world's zone and never goes back")
    func clock() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init --start 2026-12-01T08:00:00+08:00 --time-zone Asia/Makassar")
        #expect(desk.run("clock advance 1h30m").out == "2026-12-01 09:30 WITA  (2026-12-01T09:30:00+08:00, Asia/Makassar)\n")
        let back = desk.run(["clock", "advance", "-5m"])
        #expect(back.status == 1)
        #expect(back.err == "apoa: error: the world clock only moves forward, not by -5m\n")
        #expect(desk.run("clock show --json").out == """
            {
              "now": "2026-12-01T09:30:00+08:00",
              "timeZone": "Asia/Makassar",
              "abbreviation": "WITA"
            }

            """)
    }

    @Test("--world must name a file", arguments: [
        (["account", "list", "--world", ""], 64, "apoa: error: --world: expected the path of a world file, found ''\n"),
        (["account", "list", "--world", "/"], 74, "apoa: error: '/': is a directory, not a world file\n"),
    ])
    func worldOption(arguments: [String], status: Int32, message: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(arguments)
        #expect(result.status == status)
        #expect(result.err.hasPrefix(message))
    }

    @Test("an unknown time zone is named")
    func unknownZone() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run("init --time-zone Asia/Bali")
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: --time-zone: unknown time zone 'Asia/Bali': expected an IANA name"))
    }
}
