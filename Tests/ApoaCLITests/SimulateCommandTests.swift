import Foundation
import Testing
@testable import ApoaCLI

@Suite("apoa simulate and apoa scenario validate")
struct SimulateCommandTests {
    static let small = """
        { "name": "tiny", "seed": 4, "start": "2026-12-01T00:00:00+07:00", "duration": "6h", "population": { "users": 200 } }
        """

    static func file(_ desk: Desk, _ name: String, _ text: String) throws -> String {
        let path = "\(desk.directory)/\(name)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("the closing summary, in JSON, has the keys the issue names, in order")
    func summaryJSON() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let scenario = try Self.file(desk, "tiny.json", Self.small)
        let result = desk.run(["simulate", scenario, "--json", "--threads", "2"])
        #expect(result.status == 0)
        let keys = result.out.split(separator: "\n").compactMap { line -> String? in
            guard let quote = line.firstIndex(of: "\""), let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[line.index(after: quote)..<colon].dropLast())
        }
        #expect(keys == ["scenario", "seed", "users", "start", "end", "sessions", "attempts", "successes", "lockouts", "otpSent",
                         "resets", "tickets", "applications", "opened", "submitted", "neededAction", "approved", "rejected",
                         "documentsUploaded", "documentsFailed", "appointmentsBooked", "appointmentsMissed", "events", "digest"])
        #expect(desk.run("account list --json").out.contains("\"username\""))
    }

    @Test("a bad scenario: exit 65 with every problem, and the world there is left as it was")
    func badScenario() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let before = FileManager.default.contents(atPath: desk.world)
        let scenario = try Self.file(desk, "bad.json", """
            { "name": "bad", "population": { "users": -5, "foreigners": 1.5 },
              "incidents": [{ "at": "+1h", "component": "smsgateway", "status": "major-outage", "for": "1h" }] }
            """)
        let result = desk.run(["simulate", scenario])
        #expect(result.status == 65)
        let lines = result.err.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("apoa: error: \(scenario):") })
        #expect(result.err.contains("population.users"))
        #expect(result.err.contains("population.foreigners"))
        #expect(result.err.contains("'smsgateway' (did you mean 'sms-gateway'?)"))
        #expect(FileManager.default.contents(atPath: desk.world) == before)
        let validate = desk.run(["scenario", "validate", scenario])
        #expect(validate.status == 65)
        #expect(validate.err == result.err)
    }

    @Test("a missing scenario is an I/O error; bad options are usage errors")
    func inputs() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run("simulate nowhere.json").status == 74)
        let scenario = try Self.file(desk, "tiny.json", Self.small)
        #expect(desk.run(["simulate", scenario, "--threads", "0"]).status == 64)
        #expect(desk.run(["simulate", scenario, "--record", "some"]).err.hasPrefix(
            "apoa: error: --record: expected one of all, summary, found 'some'"))
        #expect(desk.run(["simulate", scenario, "--for", "forever"]).status == 64)
        #expect(desk.run(["scenario", "validate", scenario]).out == "\(scenario): valid\n")
    }

    @Test("the shipped scenarios validate")
    func shipped() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.contains("quickstart.json") && files.contains("benchmark.json"))
        for file in files {
            let result = desk.run(["scenario", "validate", folder.appendingPathComponent(file).path])
            #expect(result.status == 0, "\(file): \(result.err)")
        }
    }
}
