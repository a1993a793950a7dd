import Foundation
import Testing
@testable import ApoaCLI

/// `apoa simulate --world W --for D --continue`: a worked world carried on, the desk's work
/// with its consequences.
@Suite("apoa simulate --continue")
struct ContinueCommandTests {
    static func scenario(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios/\(name).json").path
    }

    /// The `"key": value` of a JSON summary, as text.
    static func field(_ key: String, in json: String) -> String? {
        json.split(separator: "\n").first { $0.contains("\"\(key)\": ") }.map { line in
            String(line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: CharacterSet(charactersIn: " ,\"")))
        }
    }

    static func sql(_ world: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [world, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("with no desk work, continuing is the longer run: the same digest, byte for byte the same events")
    func noDeskWorkIsTheLongerRun() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let exercise = Self.scenario("exercise-bad-morning")
        let longer = desk.run(["simulate", exercise, "--world", "\(desk.directory)/longer.sqlite", "--for", "12h30m", "--json"])
        #expect(desk.run(["simulate", exercise, "--quiet"]).status == 0)
        let continued = desk.run(["simulate", "--for", "2h", "--continue", "--json", "--threads", "1"])
        #expect(continued.status == 0)
        #expect(Self.field("digest", in: continued.out) == Self.field("digest", in: longer.out))
        #expect(Self.field("end", in: continued.out) == "2026-12-07T12:30:00+07:00")
        #expect(continued.out.contains("\"deskActions\": 0"))
        let events = "SELECT group_concat(at || kind || reason || ifnull(detail, ''), '|') FROM events"
        #expect(try Self.sql(desk.world, events) == Self.sql("\(desk.directory)/longer.sqlite", events))
    }

    @Test("the right morning's work carried two hours on: still graded 5 of 5, fewer calls, Joko's e-mailed reset used")
    func workedExercise() throws {
        let desk = try ExerciseGradeTests.desk()
        defer { desk.remove() }
        let exercise = Self.scenario("exercise-bad-morning")
        desk.run(["simulate", exercise, "--world", "\(desk.directory)/untouched.sqlite", "--for", "12h30m", "--quiet"])
        #expect(desk.run(["notice", "publish", "--kind", "incident", "--components", "sms-gateway:major-outage",
                          "--title-id", "Kode SMS tidak terkirim", "--title-en", "SMS codes are not delivered"]).status == 0)
        let list = desk.run("tickets list --open --category otp --limit 1000 --json").out
        let ids = list.split(separator: "\n").filter { $0.contains("\"id\": ") }.map { line in String(line.filter { $0.isNumber }) }
        #expect(desk.run(["tickets", "link"] + ids + ["--incident", "1", "--title", "SMS gateway outage"]).status == 0)
        #expect(desk.run(["tickets", "resolve", "--incident", "1", "--note", "the SMS gateway was down"]).status == 0)
        #expect(desk.run(["unlock", "budi.santoso", "--reason", "own typos, identity checked by phone"]).status == 0)
        #expect(desk.run("reset-password joko.susilo --via email").status == 0)

        let continued = desk.run("simulate --for 2h --continue")
        #expect(continued.status == 0)
        #expect(continued.out.contains("  continued    from 2026-12-07 10:30 WIB (the desk took over 2026-12-07 10:30 WIB): "
            + "2 desk actions done again, 1 notice seen by people"))
        // The grade is read from the handover, and the desk's records came across whole.
        #expect(desk.run("scenario grade").out.hasPrefix("exercise-bad-morning: 5 of 5 objectives met (100%)\n"))
        #expect(desk.run("audit verify").status == 0)
        #expect(desk.run("tickets list --status solved --category otp --limit 1000 --json").out.contains("\"id\": \(ids[0])"))
        // The notice: fewer OTP calls after the handover than in the same two hours left alone.
        let afterHandover = "SELECT count(*) FROM tickets WHERE category = 'otp' AND opened_at >= 1796614200000"
        let told = try #require(Int(try Self.sql(desk.world, afterHandover)))
        let untold = try #require(Int(try Self.sql("\(desk.directory)/untouched.sqlite", afterHandover)))
        #expect(told < untold * 3 / 4)
        // Joko opened the e-mailed link and chose a new password.
        let joko = desk.run("events joko.susilo").out
        #expect(joko.contains("reset-requested  ok                   email"))
        #expect(joko.contains("reset-completed  ok                   email"))
    }

    @Test("an attacked account unlocked by force is locked again by the attack's next tries")
    func attackLocksAgain() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run(["simulate", Self.scenario("quickstart"), "--for", "10h2m", "--quiet"]).status == 0)
        #expect(desk.run(["unlock", "citra.lestari", "--force", "--reason", "she insisted"]).status == 0)
        #expect(desk.run("simulate --for 2h --continue --quiet").status == 0)
        let events = desk.run("events citra.lestari").out.split(separator: "\n")
        let unlock = try #require(events.firstIndex { $0.contains("lock-cleared") && $0.contains("desk-unlock") })
        #expect(events[unlock...].contains { $0.contains("account-locked") && $0.contains("bot") })
        #expect(desk.run("lockouts").out.split(separator: "\n").contains { $0.hasPrefix("citra.lestari") && $0.contains("attack") })
    }

    @Test("a bulk unlock and a temporary password are done again: each account unlocked, the temporary password replaced")
    func bulkUnlockAndTemporaryPassword() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run(["simulate", Self.scenario("quickstart"), "--for", "10h2m", "--quiet"]).status == 0)
        #expect(desk.run(["unlock", "--locked-during", "2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00", "--cause", "outage",
                          "--reason", "sms outage"]).status == 0)
        #expect(desk.run("reset-password budi.santoso --temporary").status == 0)
        #expect(desk.run("unlock budi.santoso --reason check").status == 1)
        let continued = desk.run("simulate --for 1h --continue --json")
        #expect(continued.out.contains("\"deskActions\": 2"))
        #expect(desk.run("events yuni.irawan.1456").out.split(separator: "\n").contains {
            $0.contains("lock-cleared") && $0.contains("desk-unlock")
        })
        let budi = desk.run("events budi.santoso").out.split(separator: "\n")
        let temporary = try #require(budi.firstIndex { $0.contains("password-changed") && $0.contains("temporary-password") })
        #expect(budi[temporary...].contains { $0.contains("password-changed") && $0.contains("must-change-password") })
        #expect(desk.run("audit verify").status == 0)
    }

    @Test("bad input: usage errors, and a world that was never simulated, left as it was")
    func badInput() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run(["simulate", Self.scenario("quickstart"), "--continue", "--for", "1h"]).err
            == "apoa: error: --continue carries on the world's own scenario: leave SCENARIO out\n"
            + "Usage: apoa simulate [SCENARIO] [--seed N] [--users N] [--for DURATION] [--threads N] [--record all|summary] "
            + "[--continue]\n  See 'apoa simulate --help'.\n")
        #expect(desk.run("simulate --continue").status == 64)
        #expect(desk.run("simulate --continue").err.hasPrefix("apoa: error: --continue needs --for DURATION"))
        #expect(desk.run("simulate --continue --for 1h --seed 3").err.hasPrefix("apoa: error: --seed cannot change a world being continued"))
        #expect(desk.run("simulate").err.hasPrefix("apoa: error: missing SCENARIO"))
        desk.run("init")
        let before = FileManager.default.contents(atPath: desk.world)
        let result = desk.run("simulate --continue --for 1h")
        #expect(result.status == 65)
        #expect(result.err == "apoa: error: '\(desk.world)' holds no simulated scenario to continue "
            + "(make one with 'apoa simulate SCENARIO --world \(desk.world)')\n")
        #expect(FileManager.default.contents(atPath: desk.world) == before)
    }
}
