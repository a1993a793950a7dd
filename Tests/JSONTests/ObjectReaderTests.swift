import JSON
import Testing

/// Parses `text` (which must be valid) and returns a root reader and its issue list.
func reader(_ text: String, file: String = "scenario.json") throws -> (JSONObjectReader, JSONIssues) {
    let issues = JSONIssues(file: file)
    return (JSONObjectReader(try JSONParser.parse(text), path: "", issues: issues), issues)
}

@Suite("Object reader")
struct ObjectReaderTests {
    @Test("absent keys give defaults and no issues")
    func defaults() throws {
        var (root, issues) = try reader("{}")
        #expect(root.string("title", default: "untitled") == "untitled")
        #expect(root.string("title") == nil)
        #expect(root.bool("quiet", default: true) == true)
        #expect(root.integer("seed", default: 42, in: 0...Int.max) == 42)
        #expect(root.double("share", default: 0.5, in: 0...1) == 0.5)
        #expect(root.value("duration", default: 3, expected: "a duration", parse: { Int($0) }) == 3)
        #expect(root.oneOf("mode", default: "off", allowed: ["off", "temporary"]) == "off")
        #expect(root.object("population") == nil)
        #expect(root.array("cast") == nil)
        #expect(root.node("extra") == nil)
        root.finish()
        #expect(issues.isEmpty)
    }

    @Test("present, well-typed values are returned")
    func values() throws {
        let text = """
            {"name": "q", "quiet": false, "users": 2e4, "whole": 7.0, "share": 1, "for": "15",
             "mode": "temporary", "list": ["a", "b"], "pop": {"n": 1}}
            """
        var (root, issues) = try reader(text)
        #expect(root.requiredString("name") == "q")
        #expect(root.bool("quiet", default: true) == false)
        #expect(root.integer("users", default: 1) == 20000)
        #expect(root.integer("whole", default: 1) == 7)
        #expect(root.double("share", default: 0, in: 0...1) == 1.0)
        #expect(root.value("for", expected: "a duration", parse: { Int($0) }) == 15)
        #expect(root.oneOf("mode", default: "off", allowed: ["off", "temporary"]) == "temporary")
        let list = root.array("list") ?? []
        #expect(list.map { $0.string(issues: issues) } == ["a", "b"])
        #expect(list.map(\.path) == ["list[0]", "list[1]"])
        let maybePop = root.object("pop")
        var pop = try #require(maybePop)
        #expect(pop.path == "pop")
        #expect(pop.integer("n", default: 0) == 1)
        pop.finish()
        root.finish()
        #expect(issues.isEmpty)
    }

    struct WrongValue: Sendable, CustomTestStringConvertible {
        let json: String
        let message: String
        let read: @Sendable (inout JSONObjectReader) -> Void
        var testDescription: String { message }
    }

    static let durations: @Sendable (String) -> Int? = { $0.hasSuffix("m") ? Int($0.dropLast()) : nil }
    static let modes = ["off", "temporary", "permanent"]

    static let wrongValues: [WrongValue] = [
        .init(json: "5", message: "expected a string, found 5") { _ = $0.string("x", default: "") },
        .init(json: "[1]", message: "expected a string, found an array") { _ = $0.string("x") },
        .init(json: "null", message: "expected a string, found null") { _ = $0.requiredString("x") },
        .init(json: "{}", message: "expected a string, found an object") { _ = $0.string("x") },
        .init(json: #""yes""#, message: "expected true or false, found 'yes'") { _ = $0.bool("x", default: false) },
        .init(json: "1.5", message: "expected a whole number, found 1.5") { _ = $0.integer("x", default: 0) },
        .init(json: #""5""#, message: "expected a whole number, found '5'") { _ = $0.integer("x", default: 0) },
        .init(json: "true", message: "expected a whole number, found true") { _ = $0.integer("x", default: 0) },
        .init(json: "-5", message: "expected a whole number ≥ 1, found -5") {
            _ = $0.integer("x", default: 1, in: 1...Int.max)
        },
        .init(json: "20", message: "expected a whole number from 1 to 10, found 20") {
            _ = $0.integer("x", default: 1, in: 1...10)
        },
        .init(json: "1.5e3", message: "expected a whole number from 1 to 10, found 1.5e3") {
            _ = $0.integer("x", default: 1, in: 1...10)
        },
        .init(json: "3", message: "expected a whole number ≤ 0, found 3") { _ = $0.integer("x", in: Int.min...0) },
        .init(
            json: "99999999999999999999",
            message: "expected a whole number from -9223372036854775808 to 9223372036854775807, found 99999999999999999999"
        ) { _ = $0.integer("x", default: 0) },
        .init(json: "1.5", message: "expected a number from 0 to 1, found 1.5") {
            _ = $0.double("x", default: 0, in: 0...1)
        },
        .init(json: "1.5e3", message: "expected a number from 0 to 1, found 1.5e3") { _ = $0.double("x", in: 0...1) },
        .init(json: "-1", message: "expected a number ≥ 0, found -1") {
            _ = $0.double("x", default: 0, in: 0...Double.infinity)
        },
        .init(json: "3", message: "expected a number from 0.5 to 2.5, found 3") {
            _ = $0.double("x", default: 1, in: 0.5...2.5)
        },
        .init(json: "{}", message: "expected a number, found an object") { _ = $0.double("x", default: 0) },
        .init(json: "1e400", message: "expected a finite number, found 1e400") { _ = $0.double("x", default: 0) },
        .init(json: #""15 minutes""#, message: "expected a duration such as 15m, found '15 minutes'") {
            _ = $0.value("x", default: 0, expected: "a duration such as 15m", parse: durations)
        },
        .init(json: "15", message: "expected a duration such as 15m, found 15") {
            _ = $0.value("x", expected: "a duration such as 15m", parse: durations)
        },
        .init(
            json: #""temporay""#,
            message: "expected one of off, temporary, permanent, found 'temporay' (did you mean 'temporary'?)"
        ) { _ = $0.oneOf("x", default: "off", allowed: modes) },
        .init(json: #""sometimes""#, message: "expected one of off, temporary, permanent, found 'sometimes'") {
            _ = $0.oneOf("x", default: "off", allowed: modes)
        },
        .init(json: "3", message: "expected one of off, temporary, permanent, found 3") {
            _ = $0.oneOf("x", allowed: modes)
        },
        .init(json: "[]", message: "expected an object, found an array") { _ = $0.object("x") },
        .init(json: "{}", message: "expected an array, found an object") { _ = $0.array("x") },
        .init(
            json: "\"\(String(repeating: "a", count: 70))\"",
            message: "expected a whole number, found '\(String(repeating: "a", count: 60))…'"
        ) { _ = $0.integer("x", default: 0) },
    ]

    @Test("a wrong value gives one issue at its line, with the field path", arguments: wrongValues)
    func wrongValue(_ example: WrongValue) throws {
        var (root, issues) = try reader("{\n  \"before\": 1,\n  \"x\": \(example.json)\n}")
        root.ignore("before")
        example.read(&root)
        root.finish()
        #expect(issues.all == [JSONIssue(file: "scenario.json", path: "x", line: 3, message: example.message)])
    }

    @Test("a wrong value returns the default")
    func wrongValueGivesDefault() throws {
        var (root, issues) = try reader(#"{"users": -5, "mode": "x", "share": "half", "name": 3}"#)
        #expect(root.integer("users", default: 100, in: 1...Int.max) == 100)
        #expect(root.oneOf("mode", default: "off", allowed: ["off"]) == "off")
        #expect(root.double("share", default: 0.25) == 0.25)
        #expect(root.string("name", default: "anon") == "anon")
        root.finish()
        #expect(issues.count == 4)
    }

    @Test("a missing required field is reported at the object's line")
    func missingRequired() throws {
        var (root, issues) = try reader("\n\n  {\"title\": \"t\"}")
        _ = root.string("title")
        #expect(root.requiredString("name") == nil)
        root.finish()
        #expect(issues.all == [JSONIssue(file: "scenario.json", path: "", line: 3, message: "missing required field 'name'")])
    }

    @Test("unknown fields are reported at their key with a suggestion from the keys asked for")
    func unknownFields() throws {
        let text = """
            {
              "maxFailure": 5,
              "mode": "temporary",
              "zzz": true
            }
            """
        var (root, issues) = try reader(text)
        _ = root.oneOf("mode", default: "off", allowed: ["off", "temporary"])
        _ = root.integer("maxFailures", default: 30)
        _ = root.string("strategy")
        root.finish()
        #expect(issues.all.map(\.description) == [
            "scenario.json:2: unknown field 'maxFailure' (did you mean 'maxFailures'?)",
            "scenario.json:4: unknown field 'zzz'",
        ])
    }

    @Test("a non-object gives one issue, then defaults and silence")
    func notAnObject() throws {
        var (root, issues) = try reader(#""just a string""#)
        #expect(root.requiredString("name") == nil)
        #expect(root.integer("seed", default: 7) == 7)
        #expect(!root.has("seed"))
        root.finish()
        #expect(issues.all.map(\.description) == ["scenario.json:1: expected an object, found 'just a string'"])
    }

    @Test("ignore and has")
    func ignoreAndHas() throws {
        var (root, issues) = try reader(#"{"$schema": "x", "a": 1}"#)
        #expect(root.has("a"))
        #expect(!root.has("b"))
        root.ignore("$schema")
        root.finish()
        #expect(issues.all.map(\.message) == ["unknown field 'a'"])
    }

    @Test("entries read a map whose keys are data")
    func entries() throws {
        let text = """
            {"profiles": {
              "careful": 0.6,
              "odd key": "x",
              "sms-gateway": 2
            }}
            """
        var (root, issues) = try reader(text)
        let maybeProfiles = root.object("profiles")
        var profiles = try #require(maybeProfiles)
        var shares: [String] = []
        for (key, element) in profiles.entries() {
            if let share = element.double(in: 0...1, issues: issues) { shares.append("\(key)=\(share)") }
        }
        profiles.finish()
        root.finish()
        #expect(shares == ["careful=0.6"])
        #expect(issues.all.map(\.description) == [
            #"scenario.json:3: profiles["odd key"]: expected a number from 0 to 1, found 'x'"#,
            "scenario.json:4: profiles.sms-gateway: expected a number from 0 to 1, found 2",
        ])
    }

    @Test("a whole scenario: every issue collected in one pass, in file order, with paths")
    func wholeScenario() throws {
        let text = """
            {
              "titel": "SMS outage",
              "seed": "42",
              "population": {
                "users": -5,
                "foreigners": 1.5,
                "user": 3
              },
              "policy": { "mode": "temporay", "maxFailure": 5 },
              "cast": [
                { "username": "ani", "script": [ { "do": "login" } ] },
                { "username": "budi", "script": [ { "do": "logon", "at": "+30x" } ] },
                { "script": "none" }
              ]
            }
            """
        var (root, issues) = try reader(text, file: "Scenarios/outage.json")
        _ = root.requiredString("name")
        _ = root.string("title", default: "")
        _ = root.integer("seed", default: 0)
        if var population = root.object("population") {
            _ = population.integer("users", default: 1, in: 1...Int.max)
            _ = population.double("foreigners", default: 0, in: 0...1)
            population.finish()
        }
        if var policy = root.object("policy") {
            _ = policy.oneOf("mode", default: "off", allowed: ["off", "temporary", "permanent"])
            _ = policy.integer("maxFailures", default: 30)
            policy.finish()
        }
        var stepPaths: [String] = []
        for member in root.array("cast") ?? [] {
            var person = member.object(issues: issues)
            _ = person.requiredString("username")
            for step in person.array("script") ?? [] {
                var action = step.object(issues: issues)
                stepPaths.append(action.path)
                _ = action.oneOf("do", default: "login", allowed: ["login", "logout", "request-reset"])
                _ = action.value("at", default: 0, expected: "a time or +DURATION", parse: { $0 == "+30s" ? 30 : nil })
                action.finish()
            }
            person.finish()
        }
        root.finish()

        #expect(stepPaths == ["cast[0].script[0]", "cast[1].script[0]"])
        #expect(issues.all.map(\.description) == [
            "Scenarios/outage.json:1: missing required field 'name'",
            "Scenarios/outage.json:2: unknown field 'titel' (did you mean 'title'?)",
            "Scenarios/outage.json:3: seed: expected a whole number, found '42'",
            "Scenarios/outage.json:5: population.users: expected a whole number ≥ 1, found -5",
            "Scenarios/outage.json:6: population.foreigners: expected a number from 0 to 1, found 1.5",
            "Scenarios/outage.json:7: population: unknown field 'user' (did you mean 'users'?)",
            "Scenarios/outage.json:9: policy.mode: expected one of off, temporary, permanent, found 'temporay' (did you mean 'temporary'?)",
            "Scenarios/outage.json:9: policy: unknown field 'maxFailure' (did you mean 'maxFailures'?)",
            "Scenarios/outage.json:12: cast[1].script[0].do: expected one of login, logout, request-reset, found 'logon' (did you mean 'login'?)",
            "Scenarios/outage.json:12: cast[1].script[0].at: expected a time or +DURATION, found '+30x'",
            "Scenarios/outage.json:13: cast[2]: missing required field 'username'",
            "Scenarios/outage.json:13: cast[2].script: expected an array, found 'none'",
        ])
    }
}
