import Foundation
import JSON
import Portal
import Testing
@testable import Simulation

/// The time `text` names; the tests only pass times that are right.
private func instant(_ text: String) throws -> Instant {
    try Instant(iso8601: text)
}

@Suite("Scenario files")
struct ScenarioDecodingTests {
    @Test("a file with only a name has every default")
    func defaults() throws {
        let scenario = try Scenario.decode(text: """
            {
              "name": "x"
            }
            """, file: "s.json")
        #expect(scenario.name == "x")
        #expect(scenario.title == "")
        #expect(scenario.description == "")
        #expect(scenario.seed == 1)
        #expect(scenario.start == (try instant("2026-12-01T00:00:00+07:00")))
        #expect(scenario.duration == .days(1))
        #expect(scenario.end == (try instant("2026-12-02T00:00:00+07:00")))
        #expect(scenario.zone == .jakarta)
        #expect(scenario.population == PopulationSpec())
        #expect(scenario.load == LoadSpec())
        #expect(scenario.policy == .standard)
        #expect(scenario.components == Component.allCases.map(ComponentSpec.standard))
        #expect(scenario.incidents.isEmpty)
        #expect(scenario.maintenance.isEmpty)
        #expect(scenario.attacks.isEmpty)
        #expect(scenario.support == SupportSpec())
        #expect(scenario.cast.isEmpty)
        #expect(scenario.exercise == nil)
    }

    static let example = """
        { "name": "sms-gateway-outage", "title": "SMS gateway outage", "description": "Codes stop on day 2.",
          "seed": 42, "start": "2026-12-01T00:00:00+07:00", "duration": "3d", "timeZone": "Asia/Jakarta",
          "population": { "users": 20000, "foreigners": 0.35, "secondFactor": 0.7, "smsShare": 0.8, "unverified": 0.03,
                          "profiles": { "careful": 0.6, "forgetful": 0.25, "typoProne": 0.1, "impatient": 0.05 } },
          "load": { "sessionsPerUserPerDay": 0.5, "dailyCurve": "office-hours", "surges": [ { "at": "+1d", "for": "2d", "factor": 3 } ] },
          "policy": { "bruteForce": { "mode": "temporary", "maxFailures": 5, "waitIncrement": "30m", "failureReset": "15m" },
                      "otp": { "digits": 6, "ttl": "5m", "maxTries": 3 }, "reset": { "ttl": "30m" }, "session": { "idle": "30m" } },
          "components": { "auth": { "capacityPerSecond": 400 } },
          "incidents": [ { "at": "2026-12-02T08:00:00+07:00", "component": "sms-gateway", "status": "major-outage", "for": "4h" } ],
          "maintenance": [ { "starts": "2026-12-03T00:00:00+07:00", "for": "3h", "components": ["auth"], "announce": "24h",
                             "notice": { "id": "Pemeliharaan GO ID", "en": "GO ID maintenance" } } ],
          "attacks": [ { "kind": "credential-stuffing", "at": "2026-12-02T20:00:00+07:00", "for": "1h", "accounts": 500, "ips": 40,
                         "attemptsPerAccount": 3 } ],
          "support": { "contactProbability": 0.25, "agents": 12, "handleTime": "6m" },
          "cast": [ { "username": "ani.wijaya", "email": "ani@example.id", "phone": "0812-3456-7890", "document": "nik:3171014101900001",
                      "kind": "citizen", "secondFactor": "sms",
                      "script": [ { "at": "2026-12-02T08:10:00+07:00", "do": "login", "password": "wrong", "ip": "36.80.1.2" },
                                  { "at": "+30s", "do": "login", "password": "correct" },
                                  { "at": "+5m", "do": "request-reset", "channel": "sms" },
                                  { "at": "+1h", "do": "contact-support", "channel": "hotline", "says": "OTP never arrives" } ] } ],
          "exercise": { "brief": "Help Ani.", "objectives": [ { "id": "o1", "text": "Find the outage", "check": { "within": "2h" } } ] } }
        """

    @Test("DESIGN.md's example scenario decodes to what it says")
    func example() throws {
        let scenario = try Scenario.decode(text: Self.example, file: "s.json")
        #expect(scenario.name == "sms-gateway-outage")
        #expect(scenario.title == "SMS gateway outage")
        #expect(scenario.seed == 42)
        #expect(scenario.duration == .days(3))
        #expect(scenario.population.users == 20000)
        #expect(scenario.population.foreigners == 0.35)
        #expect(scenario.population.profiles.forgetful == 0.25)
        #expect(scenario.load.dailyCurve == .officeHours)
        let start = scenario.start
        #expect(scenario.load.surges == [SurgeSpec(at: start + .days(1), duration: .days(2), factor: 3)])
        #expect(scenario.policy.bruteForce.maxFailures == 5)
        #expect(scenario.policy.bruteForce.waitIncrement == .minutes(30))
        #expect(scenario.policy.otp.ttl == .minutes(5))
        #expect(scenario.policy.session.idle == .minutes(30))
        #expect(scenario.components[Component.auth.index].capacityPerSecond == 400)
        #expect(scenario.components[Component.smsGateway.index] == .standard(.smsGateway))
        #expect(scenario.incidents == [IncidentSpec(
            at: try instant("2026-12-02T08:00:00+07:00"), component: .smsGateway, status: .majorOutage, duration: .hours(4))])
        #expect(scenario.maintenance == [MaintenanceSpec(
            starts: try instant("2026-12-03T00:00:00+07:00"), duration: .hours(3), components: [.auth], announce: .hours(24),
            notice: NoticeText(indonesian: "Pemeliharaan GO ID", english: "GO ID maintenance"))])
        var attack = AttackSpec(kind: .credentialStuffing, at: try instant("2026-12-02T20:00:00+07:00"))
        attack.accounts = 500
        attack.ips = 40
        attack.attemptsPerAccount = 3
        #expect(scenario.attacks == [attack])
        #expect(scenario.support.agents == 12)
        #expect(scenario.support.handleTime == .minutes(6))
        #expect(scenario.support.channels == ContactShares())

        let ani = try #require(scenario.cast.first)
        #expect(ani.username == (try Username("ani.wijaya")))
        #expect(ani.phone == (try PhoneNumber("+6281234567890")))
        #expect(ani.documents == [try IdentityDocument(type: .nik, number: "3171014101900001")])
        #expect(ani.secondFactor == .sms)
        #expect(ani.verification == .verified)
        #expect(ani.status == .active)
        #expect(ani.language == .indonesian)
        let first = try instant("2026-12-02T08:10:00+07:00")
        #expect(ani.script == [
            CastStep(at: first, action: .login(password: .wrong, otp: .correct, captcha: .pass, ip: IPAddress("36.80.1.2"), device: nil)),
            CastStep(at: first + .seconds(30), action: .login(password: .correct, otp: .correct, captcha: .pass, ip: nil, device: nil)),
            CastStep(at: first + .seconds(30) + .minutes(5), action: .requestReset(.sms)),
            CastStep(at: first + .seconds(30) + .minutes(5) + .hours(1), action: .contactSupport(.hotline, says: "OTP never arrives")),
        ])
        let exercise = try #require(scenario.exercise)
        #expect(exercise == (try JSONParser.parse(#"{"brief": "Help Ani.", "objectives": [{"id": "o1", "text": "Find the outage", "check": {"within": "2h"}}]}"#).value))
    }

    @Test("+DURATION counts from the start, wherever start and duration are written", arguments: [
        ("+0s", "2026-12-01T00:00:00+07:00"),
        ("+1d8h", "2026-12-02T08:00:00+07:00"),
        ("+2d", "2026-12-03T00:00:00+07:00"),
    ])
    func relativeTimes(at: String, expected: String) throws {
        let scenario = try Scenario.decode(text: """
            {"name": "x", "incidents": [{"at": "\(at)", "component": "auth", "status": "degraded", "for": "1h"}],
             "duration": "2d", "start": "2026-12-01T00:00:00+07:00"}
            """, file: "s.json")
        #expect(scenario.incidents.map(\.at) == [try instant(expected)])
    }

    @Test("in a script, +DURATION counts from the previous step, and the first from the start")
    func scriptTimes() throws {
        let scenario = try Scenario.decode(text: """
            {"name": "x", "cast": [{"username": "budi", "email": "budi@example.id", "verification": "unverified",
              "script": [{"at": "+1h", "do": "logout"}, {"at": "+30s", "do": "complete-reset"},
                         {"at": "2026-12-01T05:00:00+07:00", "do": "visit-phishing-site"}, {"at": "+0s", "do": "request-reset"}]}]}
            """, file: "s.json")
        let start = scenario.start
        let script = try #require(scenario.cast.first).script
        #expect(script.map(\.at) == [start + .hours(1), start + .hours(1) + .seconds(30), start + .hours(5), start + .hours(5)])
        #expect(script.map(\.action) == [.logout, .completeReset, .visitPhishingSite, .requestReset(.email)])
    }

    @Test("other forms of the fields decode")
    func otherForms() throws {
        let scenario = try Scenario.decode(text: """
            {"name": "other-forms", "timeZone": "Asia/Makassar", "duration": "7d",
             "load": {"dailyCurve": {"sinusoid": {"amplitude": 0.8, "peakHour": 12}}, "weekly": [1, 1, 1, 1, 1, 0.5, 0]},
             "components": {"sms-gateway": {"capacityPerSecond": null, "mtbf": "2d", "mttr": "30m", "latency": "0s"}},
             "support": {"channels": {"hotline": 0.5, "form": 0.5}},
             "population": {"profiles": {"careful": 1}},
             "cast": [{"username": "jan.devries", "email": "jan@example.nl", "kind": "foreigner",
                       "document": "passport:X1234567", "secondFactor": "email",
                       "script": [{"at": "+1h", "do": "login", "otp": "none", "captcha": "fail", "device": "laptop-1"},
                                  {"at": "+1m", "do": "contact-support", "channel": "form", "says": "locked out"}]}],
             "attacks": [{"kind": "brute-force", "at": "+1d", "targets": ["Jan.DeVries"]}]}
            """, file: "s.json")
        #expect(scenario.zone.identifier == "Asia/Makassar")
        #expect(scenario.load.dailyCurve == .sinusoid(amplitude: 0.8, peakHour: 12))
        #expect(scenario.load.weekly == [1, 1, 1, 1, 1, 0.5, 0])
        #expect(scenario.components[Component.smsGateway.index] == ComponentSpec(
            capacityPerSecond: nil, latency: .zero, mtbf: .days(2), mttr: .minutes(30)))
        #expect(scenario.support.channels.email == 0)
        #expect(scenario.population.profiles.forgetful == 0)
        let jan = try #require(scenario.cast.first)
        #expect(jan.language == .english)
        #expect(jan.script.map(\.action) == [
            .login(password: .correct, otp: .none, captcha: .fail, ip: nil, device: "laptop-1"),
            .contactSupport(.form, says: "locked out"),
        ])
        #expect(scenario.attacks.map(\.targets) == [["jan.devries"]])
        #expect(scenario.attacks.first?.attemptsPerAccount == 200)
        #expect(scenario.attacks.first?.duration == .hours(1))
    }

    @Test("24 hourly weights are a daily curve")
    func hourlyCurve() throws {
        let weights = (0..<24).map { $0 < 6 ? "0" : "2" }.joined(separator: ", ")
        let scenario = try Scenario.decode(text: #"{"name": "x", "load": {"dailyCurve": [\#(weights)]}}"#, file: "s.json")
        #expect(scenario.load.dailyCurve == .hourly((0..<24).map { $0 < 6 ? 0 : 2 }))
    }

    @Test("a population account can be an attack's target")
    func populationTarget() throws {
        let person = PersonTraits(index: 7, seed: 1, spec: PopulationSpec())
        let scenario = try Scenario.decode(
            text: #"{"name": "x", "attacks": [{"kind": "phishing", "at": "+1h", "targets": ["\#(person.username)"]}]}"#, file: "s.json")
        #expect(scenario.attacks.first?.targets == [person.username])
    }
}
