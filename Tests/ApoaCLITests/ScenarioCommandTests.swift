import Foundation
import Testing
@testable import ApoaCLI

@Suite("apoa scenario list and apoa scenario brief")
struct ScenarioCommandTests {
    /// The repository's `Scenarios/` folder.
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios").path

    /// The scenarios issue 7 asks for, besides the benchmarks.
    static let expected = ["quickstart", "sms-gateway-outage", "credential-stuffing", "weekend-maintenance",
                           "unannounced-maintenance", "visa-deadline-surge", "phishing-wave", "password-policy-change",
                           "exercise-bad-morning", "exercise-attack-triage"]

    static func write(_ desk: Desk, _ name: String, _ text: String) throws -> String {
        let path = "\(desk.directory)/\(name)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("every shipped scenario is valid, has a title and a description, and is in Scenarios/README.md")
    func shipped() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(["scenario", "list", "--dir", Self.shipped, "--json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let readme = try String(contentsOfFile: Self.shipped + "/README.md", encoding: .utf8)
        for entry in entries {
            let file = entry["file"] as? String ?? ""
            #expect(entry["valid"] as? Bool == true, "\(file): \(entry["problem"] ?? "")")
            #expect((entry["title"] as? String ?? "").count > 10, "\(file) needs a title")
            #expect(readme.contains("`\(file)`"), "Scenarios/README.md does not list \(file)")
            let brief = desk.run(["scenario", "brief", Self.shipped + "/" + file, "--json"])
            #expect(brief.status == 0)
            #expect(brief.out.contains("\"description\": \"") && !brief.out.contains("\"description\": \"\""), "\(file) needs a description")
        }
        let names = entries.compactMap { $0["name"] as? String }
        #expect(Set(Self.expected).isSubset(of: names))
        let exercises = entries.filter { $0["exercise"] as? Bool == true }.compactMap { $0["name"] as? String }
        #expect(exercises == ["exercise-attack-triage", "exercise-bad-morning"])
    }

    @Test("list: a good file and a broken one, in name order; the broken one with its first problem")
    func list() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let folder = desk.directory + "/scenarios"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try Self.write(desk, "scenarios/outage.json", """
            { "name": "outage", "title": "A short outage", "duration": "6h", "population": { "users": 2500 },
              "cast": [ { "username": "ani.wijaya", "email": "ani@example.id", "document": "nik:3174015008900001" } ] }
            """)
        _ = try Self.write(desk, "scenarios/broken.json", "{ \"name\": \"broken\",\n  \"population\": { \"users\": -5, \"user\": 3 } }")
        _ = try Self.write(desk, "scenarios/notes.txt", "not a scenario")
        let result = desk.run(["scenario", "list", "--dir", folder])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        #expect(result.out == """
            FILE         NAME    PEOPLE           DURATION  EXERCISE  TITLE
            broken.json  -       -                -         -         invalid: line 2: population.users: expected a whole number from 1 to 50000000, found -5 (and 1 more)
            outage.json  outage  2,500 + 1 named  6h        no        A short outage

            2 scenario files in \(folder), 1 invalid (apoa scenario validate FILE lists every problem); apoa scenario brief FILE says what happens in one

            """)
        let json = desk.run(["scenario", "list", "--dir", folder, "--json"])
        #expect(json.status == 0)
        #expect(json.out.contains("\"file\": \"broken.json\",\n    \"valid\": false,\n    \"problem\": {\n      \"line\": 2,"))
        #expect(json.out.contains("\"name\": \"outage\",\n    \"title\": \"A short outage\",\n    \"users\": 2500,\n    \"cast\": [\n      \"ani.wijaya\"\n    ],"))
        #expect(desk.run(["scenario", "list", "--dir", folder, "--quiet"]).out.hasSuffix("A short outage\n"))
    }

    @Test("list: an empty folder says so; a missing one is an I/O error")
    func listFolders() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run(["scenario", "list", "--dir", desk.directory]).out == "no scenario files (*.json) in \(desk.directory)\n")
        #expect(desk.run(["scenario", "list", "--dir", desk.directory, "--json"]).out == "[]\n")
        let missing = desk.run(["scenario", "list", "--dir", desk.directory + "/nowhere"])
        #expect(missing.status == 74)
        #expect(missing.err == "apoa: error: cannot read scenario folder '\(desk.directory)/nowhere': no such folder\n")
        let file = desk.run(["scenario", "list", "--dir", Self.shipped + "/quickstart.json"])
        #expect(file.status == 74)
        #expect(file.err.hasSuffix("quickstart.json': it is a file, not a folder\n"))
    }

    @Test("brief: the SMS gateway outage, as a trainer reads it")
    func brief() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(["scenario", "brief", Self.shipped + "/sms-gateway-outage.json"])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        #expect(result.out == Desk.golden("scenario-brief.txt", actual: result.out))
    }

    @Test("brief: an exercise ends with the trainee's brief and the objectives; --json keeps the checks")
    func exercise() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let file = Self.shipped + "/exercise-bad-morning.json"
        let text = desk.run(["scenario", "brief", file]).out
        #expect(text.contains("\nEXERCISE\n  It is Monday 7 December 2026, 10:30 WIB, and you are taking over the desk."))
        #expect(text.contains("\nOBJECTIVES\n  incident-notice      Publish an incident notice for the SMS gateway"))
        #expect(text.contains("\n  - the OTP ticket wave while the SMS gateway is down, 08:00–12:00: "))
        let json = desk.run(["scenario", "brief", file, "--json"]).out
        #expect(json.contains("""
            "id": "unlock-budi",
                    "text": "Unlock budi.santoso: his own typos locked him out, not an attacker.",
                    "check": {
                      "unlocked": [
                        "budi.santoso"
                      ]
                    }
            """))
        #expect(desk.run(["scenario", "brief", Self.shipped + "/quickstart.json", "--json"]).out.hasSuffix("\"exercise\": null\n}\n"))
    }

    @Test("brief: a missing file is an I/O error (74), a file that is not JSON or not a valid scenario bad data (65)")
    func badInput() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let missing = desk.run(["scenario", "brief", desk.directory + "/none.json"])
        #expect(missing.status == 74)
        #expect(missing.out.isEmpty)
        #expect(missing.err == "apoa: error: cannot read scenario '\(desk.directory)/none.json': no such file\n")
        let notJSON = try Self.write(desk, "notes.json", "Monday: the SMS gateway is down\n")
        let syntax = desk.run(["scenario", "brief", notJSON])
        #expect(syntax.status == 65)
        #expect(syntax.out.isEmpty)
        #expect(syntax.err.hasPrefix("apoa: error: \(notJSON):1:1: "))
        let invalid = try Self.write(desk, "bad.json", #"{"name": "bad", "exercise": {"brief": "b", "objectives": [{"text": "t", "check": {"within": "1h"}}]}}"#)
        let wrong = desk.run(["scenario", "brief", invalid])
        #expect(wrong.status == 65)
        #expect(wrong.err == "apoa: error: \(invalid):1: exercise.objectives[0]: missing required field 'id'\n")
        #expect(desk.run(["scenario", "validate", invalid]).err == wrong.err)
        #expect(desk.run("scenario brief").status == 64)
    }
}
