import Foundation
import JSON
import Portal
import Testing
@testable import Simulation

/// The problems `Scenario.decode` reports for `text` (file `s.json`), as printed; empty when it
/// decodes.
private func scenarioProblems(_ text: String) -> [String] {
    do {
        _ = try Scenario.decode(text: text, file: "s.json")
        return []
    } catch {
        guard case .invalidScenario(let issues) = error else { return [error.description] }
        return issues.map(\.description)
    }
}

/// A cast member that passes every check, to build bad cases on.
private let ani = #"{"username": "ani.wijaya", "email": "ani@example.id", "verification": "unverified""#

@Suite("Scenario files: bad input")
struct ScenarioDecodingErrorTests {
    static let run = "(2026-12-01 00:00 WIB to 2026-12-02 00:00 WIB)"

    @Test("each mistake gets its own message, with line and path", arguments: [
        // Wrong types.
        (#"{"name": "x", "seed": "42"}"#, "s.json:1: seed: expected a whole number from 0 to 9007199254740992, found '42'"),
        ("{\"name\": \"x\",\n \"population\": {\"users\": true}}", "s.json:2: population.users: expected a whole number from 1 to 50000000, found true"),
        (#"{"name": "x", "load": {"dailyCurve": 3}}"#,
         "s.json:1: load.dailyCurve: expected office-hours, evening, flat, a sinusoid object or 24 hourly weights, found 3"),
        (#"{"name": "x", "cast": {}}"#, "s.json:1: cast: expected an array, found an object"),
        (#"{"name": "x", "exercise": []}"#, "s.json:1: exercise: expected an object, found an array"),
        // Unknown fields, with a suggestion where one is close.
        ("{\"name\": \"x\",\n\n \"populaton\": {}}", "s.json:3: unknown field 'populaton' (did you mean 'population'?)"),
        (#"{"name": "x", "support": {"channels": {"hotline": 1, "phone": 0}}}"#, "s.json:1: support.channels: unknown field 'phone'"),
        (#"{"name": "x", "policy": {"otp": {"digit": 6}}}"#, "s.json:1: policy.otp: unknown field 'digit' (did you mean 'digits'?)"),
        // Times.
        (#"{"name": "x", "incidents": [{"at": "2026-12-03T08:00:00+07:00", "component": "auth", "status": "degraded", "for": "1h"}]}"#,
         "s.json:1: incidents[0].at: expected a time within the run \(run), found '2026-12-03T08:00:00+07:00'"),
        (#"{"name": "x", "load": {"surges": [{"at": "+25h", "for": "1h"}]}}"#,
         "s.json:1: load.surges[0].at: expected a time within the run \(run), found '+25h'"),
        (#"{"name": "x", "attacks": [{"kind": "phishing", "at": "2026-11-30T23:59:00+07:00"}]}"#,
         "s.json:1: attacks[0].at: expected a time within the run \(run), found '2026-11-30T23:59:00+07:00'"),
        (#"{"name": "x", "start": "2026-12-01T08:00:00"}"#,
         "s.json:1: start: expected a time with a zone offset, like 2026-12-01T08:00:00+07:00, found '2026-12-01T08:00:00'"),
        (#"{"name": "x", "maintenance": [{"starts": "tomorrow", "for": "1h", "components": ["auth"]}]}"#,
         "s.json:1: maintenance[0].starts: expected a time like 2026-12-01T08:00:00+07:00, or +DURATION after the start like +1d8h, found 'tomorrow'"),
        (#"{"name": "x", "timeZone": "Asia/Jakata"}"#,
         "s.json:1: timeZone: expected an IANA time zone name like Asia/Jakarta, Asia/Makassar or Asia/Jayapura, found 'Asia/Jakata'"),
        // Shares and numbers.
        (#"{"name": "x", "population": {"foreigners": 1.5}}"#, "s.json:1: population.foreigners: expected a number from 0 to 1, found 1.5"),
        (#"{"name": "x", "population": {"profiles": {"careful": 0.6, "forgetful": 0.25, "typoProne": 0.1}}}"#,
         "s.json:1: population.profiles: expected shares that sum to 1, found 0.95"),
        (#"{"name": "x", "support": {"channels": {"hotline": 0.7, "email": 0.7}}}"#,
         "s.json:1: support.channels: expected shares that sum to 1, found 1.4"),
        (#"{"name": "x", "components": {"auth": {"capacityPerSecond": 0}}}"#,
         "s.json:1: components.auth.capacityPerSecond: expected a number above 0, or null for no limit, found 0"),
        (#"{"name": "x", "load": {"weekly": [1, 1, 1, 1, 1, 1]}}"#, "s.json:1: load.weekly: expected 7 daily weights, Monday to Sunday, found 6"),
        (#"{"name": "x", "load": {"weekly": [0, 0, 0, 0, 0, 0, 0]}}"#, "s.json:1: load.weekly: expected at least one weight above 0, found all 0"),
        (#"{"name": "x", "load": {"dailyCurve": {"sinusoid": {"peakHour": 24}}}}"#,
         "s.json:1: load.dailyCurve.sinusoid.peakHour: expected an hour from 0 up to (not including) 24, like 12 or 13.5, found 24"),
        // Durations.
        (#"{"name": "x", "incidents": [{"at": "+1h", "component": "auth", "status": "degraded", "for": "-4h"}]}"#,
         "s.json:1: incidents[0].for: expected a duration from 1ms to 366d, like 30m or 4h, found '-4h'"),
        (#"{"name": "x", "duration": "400d"}"#, "s.json:1: duration: expected a duration from 1ms to 366d, like 30m or 4h, found '400d'"),
        (#"{"name": "x", "components": {"email": {"latency": "1h"}}}"#,
         "s.json:1: components.email.latency: expected a duration from 0s to 10m, like 30m or 4h, found '1h'"),
        // Components.
        (#"{"name": "x", "components": {"smsgateway": {}}}"#, "s.json:1: components: unknown component 'smsgateway' (did you mean 'sms-gateway'?)"),
        (#"{"name": "x", "incidents": [{"at": "+1h", "component": "auth", "status": "operational", "for": "1h"}]}"#,
         "s.json:1: incidents[0].status: expected one of degraded, partial-outage, major-outage, under-maintenance, found 'operational'"),
        (#"{"name": "x", "maintenance": [{"starts": "+1h", "for": "1h", "components": ["auth", "captcha", "auth"]}]}"#,
         "s.json:1: maintenance[0].components[2]: 'auth' is already maintenance[0].components[0]"),
        (#"{"name": "x", "maintenance": [{"starts": "+1h", "for": "1h", "components": ["auth"], "notice": {"id": "a", "en": "b"}}]}"#,
         "s.json:1: maintenance[0].notice: a notice needs announce (how long before the window it is published)"),
        // Scripts.
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "log-in"}]}]}"#,
         "s.json:1: cast[0].script[0].do: expected one of login, request-reset, complete-reset, logout, contact-support, visit-phishing-site, submit-application, upload-document, found 'log-in' (did you mean 'login'?)"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "submit-application", "kind": "kitass"}]}]}"#,
         "s.json:1: cast[0].script[0].kind: expected one of visa-extension, kitas, kitap, reentry-permit, passport, e-voa, found 'kitass' (did you mean 'kitas'?)"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "upload-document", "kind": "photo", "format": "gif"}]}]}"#,
         "s.json:1: cast[0].script[0].format: expected one of pdf, jpg, png, found 'gif' (did you mean 'pdf'?)"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "upload-document", "format": "pdf"}]}]}"#,
         "s.json:1: cast[0].script[0]: missing required field 'kind'"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "logout", "password": "wrong"}]}]}"#,
         "s.json:1: cast[0].script[0]: unknown field 'password'"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "login", "pasword": "wrong"}]}]}"#,
         "s.json:1: cast[0].script[0]: unknown field 'pasword' (did you mean 'password'?)"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "login", "device": "ponsel ibu"}]}]}"#,
         "s.json:1: cast[0].script[0].device: expected a device name of 1 to 40 bytes without spaces, like laptop-1, found 'ponsel ibu'"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "login", "device": "\#(String(repeating: "é", count: 21))"}]}]}"#,
         "s.json:1: cast[0].script[0].device: expected a device name of 1 to 40 bytes without spaces, like laptop-1, found '\(String(repeating: "é", count: 21))'"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "request-reset", "channel": "sms"}]}]}"#,
         "s.json:1: cast[0].script[0].channel: a reset by sms needs a phone number, and cast[0] has none"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+2h", "do": "logout"}, {"at": "2026-12-01T01:00:00+07:00", "do": "logout"}]}]}"#,
         "s.json:1: cast[0].script[1].at: expected a time at or after the previous step (2026-12-01 02:00 WIB), found '2026-12-01T01:00:00+07:00'"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "contact-support"}]}]}"#,
         "s.json:1: cast[0].script[0]: missing required field 'says'"),
        (#"{"name": "x", "cast": [\#(ani), "script": [{"at": "+1h", "do": "login", "ip": "36.80.1"}]}]}"#,
         "s.json:1: cast[0].script[0].ip: expected an IP address like 36.80.1.2 or 2001:db8::1, found '36.80.1'"),
        // The cast.
        ("{\"name\": \"x\", \"cast\": [\(ani)},\n {\"username\": \"Ani.Wijaya\", \"email\": \"ani2@example.id\", \"verification\": \"pending\"}]}",
         "s.json:2: cast[1].username: 'ani.wijaya' is already cast[0]'s"),
        (#"{"name": "x", "cast": [\#(ani), "secondFactor": "sms"}]}"#, "s.json:1: cast[0]: account refused: SMS as second factor needs a phone number"),
        (#"{"name": "x", "cast": [{"username": "ani.wijaya", "email": "ani@example.id"}]}"#,
         "s.json:1: cast[0]: account refused: a verified citizen needs a NIK (--document nik:NUMBER)"),
        (#"{"name": "x", "cast": [{"username": "a", "email": "ani@example.id"}]}"#,
         "s.json:1: cast[0].username: invalid username 'a': expected 3 to 32 characters"),
        (#"{"name": "x", "cast": [{"username": "ani.wijaya"}]}"#, "s.json:1: cast[0]: missing required field 'email'"),
        (#"{"name": "x", "cast": [\#(ani), "status": "banned"}]}"#,
         "s.json:1: cast[0].status: expected one of active, suspended, disabled, found 'banned'"),
        // Attacks.
        (#"{"name": "x", "cast": [\#(ani)}], "attacks": [{"kind": "brute-force", "at": "+1h", "targets": ["ani.wijaya", "budi"]}]}"#,
         "s.json:1: attacks[0].targets[1]: no cast member or population account is named 'budi'"),
        (#"{"name": "x", "attacks": [{"kind": "dos", "at": "+1h"}]}"#,
         "s.json:1: attacks[0].kind: expected one of credential-stuffing, brute-force, password-spraying, phishing, found 'dos'"),
        (#"{"name": "x", "attacks": [{"kind": "phishing", "at": "+1h", "accounts": 0}]}"#,
         "s.json:1: attacks[0].accounts: expected a whole number ≥ 1, found 0"),
        // The name, and JSON itself.
        (#"{"name": "SMS outage"}"#,
         "s.json:1: name: expected a name of 1 to 64 characters a-z, 0-9 and '-', like sms-gateway-outage, found 'SMS outage'"),
        (#"{"title": "x"}"#, "s.json:1: missing required field 'name'"),
        (#"{"name": "x",}"#, "s.json:1:13: trailing comma before '}'"),
        ("[1]", "s.json:1: expected an object, found an array"),
    ])
    func oneMistake(text: String, message: String) {
        #expect(scenarioProblems(text) == [message])
    }

    @Test("a file with several problems lists them all, in file order")
    func several() {
        let text = """
            {
              "name": "several",
              "duration": "2d",
              "support": { "agents": -5, "channels": { "hotline": 0.5 } },
              "components": { "smsgateway": { "capacityPerSecond": 10 } },
              "incidents": [ { "at": "+3d", "component": "sms-gateway", "status": "major-outage", "for": "4h" } ],
              "cast": [ { "username": "ani.wijaya", "email": "ani@example.id", "verification": "unverified",
                          "script": [ { "at": "+1h", "do": "dance" },
                                      { "at": "+1h", "do": "logout", "channel": "sms" } ] } ],
              "attacks": [ { "kind": "brute-force", "at": "+1d", "targets": ["nobody"] } ],
              "sead": 4
            }
            """
        #expect(scenarioProblems(text) == [
            "s.json:4: support.agents: expected a whole number from 0 to 10000, found -5",
            "s.json:4: support.channels: expected shares that sum to 1, found 0.5",
            "s.json:5: components: unknown component 'smsgateway' (did you mean 'sms-gateway'?)",
            "s.json:6: incidents[0].at: expected a time within the run (2026-12-01 00:00 WIB to 2026-12-03 00:00 WIB), found '+3d'",
            "s.json:8: cast[0].script[0].do: expected one of login, request-reset, complete-reset, logout, contact-support, visit-phishing-site, submit-application, upload-document, found 'dance'",
            "s.json:9: cast[0].script[1]: unknown field 'channel'",
            "s.json:10: attacks[0].targets[0]: no cast member or population account is named 'nobody'",
            "s.json:11: unknown field 'sead' (did you mean 'seed'?)",
        ])
    }

    @Test("times are not checked against a run whose start is wrong")
    func noTimeChecksWithoutARun() {
        let text = #"{"name": "x", "start": "2027-13-01T00:00:00+07:00", "incidents": [{"at": "2027-01-01T00:00:00+07:00", "component": "auth", "status": "degraded", "for": "1h"}]}"#
        #expect(scenarioProblems(text) == ["s.json:1: start: month 13 is out of range in '2027-13-01T00:00:00+07:00'"])
    }

    @Test("a cast member may not take a population account's username")
    func populationCollision() {
        let person = PersonTraits(index: 3, seed: 1, spec: PopulationSpec())
        let text = #"{"name": "x", "cast": [{"username": "\#(person.username)", "email": "p@example.id", "verification": "unverified"}]}"#
        #expect(scenarioProblems(text) == ["s.json:1: cast[0].username: '\(person.username)' is already a population account's username"])
    }

    @Test("load reads a file, and says when it cannot")
    func files() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.json").path
        let bad = directory.appendingPathComponent("bad.json").path
        let missing = directory.appendingPathComponent("missing.json").path
        try Data(#"{"name": "good"}"#.utf8).write(to: URL(fileURLWithPath: good))
        try Data("{\"name\": \"bad\",\n \"seed\": -1}".utf8).write(to: URL(fileURLWithPath: bad))

        #expect(try Scenario.load(path: good).name == "good")
        #expect(try Scenario.validate(path: good).isEmpty)
        #expect(try Scenario.validate(path: bad).map(\.description) == ["\(bad):2: seed: expected a whole number from 0 to 9007199254740992, found -1"])
        let loadError = #expect(throws: SimulationError.self) { try Scenario.load(path: bad) }
        #expect(loadError?.description == "\(bad):2: seed: expected a whole number from 0 to 9007199254740992, found -1")
        let missingError = #expect(throws: SimulationError.self) { try Scenario.load(path: missing) }
        #expect(missingError == .unreadable(path: missing, why: "no such file"))
        #expect(missingError?.description == "cannot read scenario '\(missing)': no such file")
        let directoryError = #expect(throws: SimulationError.self) { try Scenario.validate(path: directory.path) }
        #expect(directoryError == .unreadable(path: directory.path, why: "it is a directory"))
    }
}
