import Foundation
import Testing
@testable import ApoaCLI

/// `Scenarios/exercise-bad-morning.json` worked twice, as a trainer would grade it.
@Suite("apoa scenario grade")
struct ExerciseGradeTests {
    static var exercise: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios/exercise-bad-morning.json").path
    }

    /// A world simulated from the exercise, ready for the trainee.
    static func desk() throws -> Desk {
        let desk = try Desk()
        #expect(desk.run(["simulate", exercise, "--quiet"]).status == 0)
        return desk
    }

    /// The ids of the objectives `grade --json` reports met (or missed).
    static func objectives(_ json: String, met: Bool) -> [String] {
        let blocks = json.components(separatedBy: "\"id\": \"").dropFirst()
        return blocks.compactMap { block in
            guard let id = block.split(separator: "\"").first else { return nil }
            return block.contains("\"met\": \(met)") ? String(id) : nil
        }
    }

    @Test("the right desk actions: every objective met, full score")
    func right() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run(["notice", "publish", "--kind", "incident", "--components", "sms-gateway:major-outage",
                          "--title-id", "Kode SMS tidak terkirim", "--title-en", "SMS codes are not delivered"]).status == 0)
        let list = desk.run("tickets list --open --category otp --limit 1000 --json").out
        let ids = list.split(separator: "\n").filter { $0.contains("\"id\": ") }.map { line in String(line.filter { $0.isNumber }) }
        #expect(ids.count >= 20)
        #expect(desk.run(["tickets", "link"] + ids + ["--incident", "1", "--title", "SMS gateway outage"]).status == 0)
        #expect(desk.run(["tickets", "resolve", "--incident", "1", "--note", "the SMS gateway was down; codes work from 12:00"]).status == 0)
        #expect(desk.run(["unlock", "budi.santoso", "--reason", "own typos, identity checked by phone"]).status == 0)
        #expect(desk.run("reset-password joko.susilo --via email").status == 0)
        let grade = desk.run("scenario grade --json")
        #expect(grade.status == 0)
        #expect(grade.out.contains("\"met\": 5,\n    \"of\": 5,\n    \"percent\": 100"))
        #expect(Self.objectives(grade.out, met: false).isEmpty)
        #expect(desk.run("scenario grade").out.hasPrefix("exercise-bad-morning: 5 of 5 objectives met (100%)\n"))
    }

    @Test("the wrong ones: the missed objectives are named, with what the world shows")
    func wrong() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        // An SMS reset while the gateway is down, nobody told, Budi left locked, and too slow.
        desk.run("clock advance 2h")
        #expect(desk.run("reset-password joko.susilo --via sms").status == 0)
        let grade = desk.run("scenario grade --json").out
        #expect(Self.objectives(grade, met: false) == ["incident-notice", "otp-tickets", "unlock-budi", "reset-joko-by-email", "within-the-hour"])
        let text = desk.run("scenario grade").out
        #expect(text.hasPrefix("exercise-bad-morning: 0 of 5 objectives met (0%)\n"))
        #expect(text.contains("- joko.susilo: reset by sms by admin at 2026-12-07 12:30 WIB (expected email)"))
        #expect(text.contains("- budi.santoso: never unlocked by the desk"))
        #expect(text.contains("- the last desk action at 2026-12-07 12:30 WIB, 2h after the start at 2026-12-07 10:30 WIB; 1h allowed"))
    }

    @Test("a world that is no exercise says so: exit 1")
    func notAnExercise() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let result = desk.run("scenario grade")
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("apoa: error: '\(desk.world)' holds no simulated scenario to grade"))
    }
}
