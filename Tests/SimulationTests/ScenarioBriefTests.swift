import Foundation
import JSON
import Portal
import Testing
@testable import Simulation

/// The problems `Scenario.decode` reports for `text` (file `s.json`); empty when it decodes.
private func problems(_ text: String) -> [String] {
    do {
        _ = try Scenario.decode(text: text, file: "s.json")
        return []
    } catch {
        guard case .invalidScenario(let issues) = error else { return [error.description] }
        return issues.map(\.description)
    }
}

@Suite("Scenario briefs and the exercise outline")
struct ScenarioBriefTests {
    @Test("an exercise needs a brief and objectives with an id and a text; each with a check", arguments: [
        (#"{"name": "x", "exercise": {"objectives": [{"id": "a", "text": "t", "check": {"within": "1h"}}]}}"#,
         ["s.json:1: exercise: missing required field 'brief'"]),
        (#"{"name": "x", "exercise": {"brief": "", "objectives": [{"id": "a", "text": "t", "check": {"within": "1h"}}]}}"#,
         ["s.json:1: exercise.brief: expected the trainee's brief, 1 to 4000 characters, found ''"]),
        (#"{"name": "x", "exercise": {"brief": "b"}}"#, ["s.json:1: exercise: missing required field 'objectives'"]),
        (#"{"name": "x", "exercise": {"brief": "b", "objectives": []}}"#,
         ["s.json:1: exercise.objectives: expected at least one objective, found none"]),
        (#"{"name": "x", "exercise": {"brief": "b", "objectives": [{"text": "t", "check": {"within": "1h"}}]}}"#,
         ["s.json:1: exercise.objectives[0]: missing required field 'id'"]),
        (#"{"name": "x", "exercise": {"brief": "b", "objectives": [{"id": "Unlock Budi", "text": "t", "check": {"within": "1h"}}]}}"#,
         ["s.json:1: exercise.objectives[0].id: expected an objective id of 1 to 64 characters a-z, 0-9 and '-', like unlock-budi, found 'Unlock Budi'"]),
        (#"{"name": "x", "exercise": {"brief": "b", "objectives": [{"id": "a", "text": 3, "check": {"within": "1h"}}]}}"#,
         ["s.json:1: exercise.objectives[0].text: expected what the trainee should do, 1 to 500 characters, found 3"]),
        ("{\"name\": \"x\", \"exercise\": {\"brief\": \"b\", \"objectives\": [\n{\"id\": \"a\", \"text\": \"t\", \"check\": {\"within\": \"1h\"}},\n{\"id\": \"a\", \"text\": \"u\", \"check\": {\"within\": \"1h\"}}]}}",
         ["s.json:3: exercise.objectives[1].id: 'a' is already exercise.objectives[0]'s id"]),
        (#"{"name": "x", "exercise": {"brief": "b", "objectives": [{"id": "a", "text": "t", "check": {"unlockd": ["budi.santoso"]}}]}}"#,
         ["s.json:1: exercise.objectives[0].check: unknown check 'unlockd' (did you mean 'unlocked'?); checks: unlocked, leftLocked, notUnlockedWithoutReset, resetVia, noticePublished, ticketsResolved, within"]),
        (#"{"name": "x", "exercise": {"brief": "b", "objectives": [{"id": "a", "text": "t", "check": {"within": "1h"}}], "later": 1}}"#,
         ["s.json:1: exercise: unknown field 'later'"]),
    ])
    func exerciseShape(text: String, expected: [String]) {
        #expect(problems(text) == expected)
    }

    @Test("the brief gives the exercise as written, checks included")
    func exerciseOutline() throws {
        let scenario = try Scenario.decode(text: """
            { "name": "x", "exercise": { "brief": "Help Ani.", "objectives": [
                { "id": "unlock-budi", "text": "Unlock Budi.", "check": { "unlocked": ["budi.santoso"] } },
                { "id": "fast", "text": "Be quick.", "check": { "within": "30m" } } ] } }
            """, file: "s.json")
        let exercise = try #require(scenario.brief.exercise)
        #expect(exercise.brief == "Help Ani.")
        #expect(exercise.objectives.map(\.id) == ["unlock-budi", "fast"])
        #expect(exercise.objectives[0].check == .object([("unlocked", .array([.string("budi.santoso")]))]))
        #expect(exercise.objectives[1].check == .object([("within", .string("30m"))]))
        #expect(scenario.exerciseSpec?.objectives.map(\.check) == [.unlocked(["budi.santoso"]), .within(.minutes(30))])
        #expect(scenario.objectiveCount == 2)
        #expect(try Scenario.decode(text: #"{"name": "y"}"#, file: "s.json").brief.exercise == nil)
    }

    @Test("times are in the scenario's zone: a time of day in a one-day run, the day too when it spans days")
    func times() throws {
        let oneDay = try Scenario.decode(text: """
            { "name": "x", "start": "2026-12-07T00:00:00+08:00", "timeZone": "Asia/Makassar", "duration": "10h30m",
              "incidents": [ { "at": "+8h", "component": "sms-gateway", "status": "major-outage", "for": "4h" } ] }
            """, file: "s.json")
        let brief = oneDay.brief
        #expect(brief.sections[0].items[0].text
            == "Mon 7 Dec 2026 00:00 WITA to Mon 7 Dec 2026 10:30 WITA (10h30m); times are WITA (Asia/Makassar)")
        #expect(brief.sections.first { $0.heading == "incidents" }?.items.map(\.text) == ["08:00–12:00  sms-gateway major-outage (4h)"])
        #expect(brief.watch[0].hasPrefix("the OTP ticket wave while the SMS gateway is down, 08:00–12:00: "))

        let days = try Scenario.decode(text: """
            { "name": "x", "start": "2026-12-11T00:00:00+07:00", "duration": "3d",
              "maintenance": [ { "starts": "2026-12-12T22:00:00+07:00", "for": "6h", "components": ["auth"] } ] }
            """, file: "s.json")
        #expect(days.brief.sections.first { $0.heading == "maintenance" }?.items.map(\.text)
            == ["Sat 12 Dec 22:00 to Sun 13 Dec 04:00  auth under maintenance (6h); unannounced: no notice"])
        #expect(days.brief.watch[0].hasPrefix("the ticket wave from the unannounced maintenance Sat 12 Dec 22:00 to Sun 13 Dec 04:00 (auth)"))
    }

    @Test("a script in short: runs of one step are one line, the day shown when it changes")
    func script() throws {
        let scenario = try Scenario.decode(text: """
            { "name": "x", "duration": "2d",
              "attacks": [ { "kind": "brute-force", "at": "+9h", "targets": ["budi.santoso"], "ips": 2, "attemptsPerAccount": 50 } ],
              "cast": [ { "username": "budi.santoso", "email": "budi@example.id", "phone": "+6281298765432", "document": "nik:3273012208850002", "script": [
                { "at": "2026-12-01T10:00:00+07:00", "do": "login", "password": "wrong" },
                { "at": "+20s", "do": "login", "password": "wrong" },
                { "at": "+20s", "do": "login", "password": "wrong" },
                { "at": "+1m", "do": "login", "password": "correct", "ip": "36.80.1.2" },
                { "at": "+1d", "do": "request-reset", "channel": "sms" },
                { "at": "+5m", "do": "contact-support", "channel": "form", "says": "Locked." } ] } ] }
            """, file: "s.json")
        let cast = try #require(scenario.brief.sections.first { $0.heading == "cast" })
        #expect(cast.items.map(\.text) == ["budi.santoso: citizen (NIK), no second factor"])
        #expect(cast.items[0].details == [
            "a target of the brute-force attack Tue 1 Dec 09:00–10:00",
            "Tue 1 Dec 10:00–10:00:40 tries to log in: wrong password (×3)",
            "10:01:40 tries to log in: from 36.80.1.2",
            "Wed 2 Dec 10:01:40 asks for a password reset by SMS",
            "10:06:40 fills in the web form: “Locked.”",
        ])
        #expect(scenario.brief.watch.contains { $0.hasPrefix("the lock on budi.santoso from the brute-force attack Tue 1 Dec 09:00–10:00") })
        #expect(scenario.brief.watch.contains { $0.hasPrefix("the cast's tickets first: budi.santoso;") })
    }

    @Test("a scenario without events still has every section, each saying none")
    func empty() throws {
        let brief = try Scenario.decode(text: #"{"name": "x"}"#, file: "s.json").brief
        #expect(brief.sections.map(\.heading)
            == ["when", "people", "load", "policy", "components", "incidents", "maintenance", "attacks", "cast", "support"])
        for heading in ["incidents", "maintenance", "attacks", "cast"] {
            #expect(brief.sections.first { $0.heading == heading }?.items.map(\.text) == ["none"])
        }
        #expect(brief.watch == ["the desk's queue: 10 agents clear about 100 tickets an hour, and the simulated tickets stay new for the desk to work"])
    }

    @Test("a folder's scenarios: each file read, a broken one listed with its problems")
    func catalog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-catalog-\(UInt64.random(in: 1...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"name": "good", "title": "Good", "population": {"users": 200}}"#.utf8).write(to: folder.appendingPathComponent("b-good.json"))
        try Data("{\"name\": \"bad\",\n \"population\": {\"users\": -5, \"foreigners\": 2}}".utf8)
            .write(to: folder.appendingPathComponent("a-bad.json"))
        try Data("notes".utf8).write(to: folder.appendingPathComponent("README.md"))
        let catalog = try ScenarioCatalog(folder: folder.path)
        #expect(catalog.entries.map(\.file) == ["a-bad.json", "b-good.json"])
        #expect(catalog.entries[0].scenario == nil)
        #expect(catalog.entries[0].problems.map(\.message)
            == ["expected a whole number from 1 to 50000000, found -5", "expected a number from 0 to 1, found 2"])
        #expect(catalog.entries[1].scenario?.people == "200")
        #expect(throws: SimulationError.unreadableFolder(path: folder.path + "/none", why: "no such folder")) {
            try ScenarioCatalog(folder: folder.path + "/none")
        }
    }
}
