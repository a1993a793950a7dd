import Portal
import Testing
@testable import World

@Suite("Policy files")
struct PolicyCodingTests {
    @Test("an empty object is the standard policy")
    func empty() throws {
        #expect(try PolicyCoding.decode(text: "{}", file: "p.json") == .standard)
    }

    @Test("encoding then decoding gives the same policy")
    func roundTrip() throws {
        var policy = PortalPolicy.standard
        policy.bruteForce.mode = .temporaryThenPermanent
        policy.bruteForce.maxTemporaryLockouts = 3
        policy.bruteForce.failureReset = .hours(1)
        policy.throttle.maxFailures = 0
        policy.bruteForce.strategy = .linear
        policy.bruteForce.quickLoginCheck = .milliseconds(250)
        policy.captcha.mode = .always
        policy.otp.stepUp = [.firstLogin, .unfamiliarDevice]
        policy.session.idle = .minutes(10)
        let text = PolicyCoding.encode(policy).rendered()
        #expect(try PolicyCoding.decode(text: text, file: "p.json") == policy)
    }

    @Test("fields can be given one at a time")
    func partial() throws {
        let policy = try PolicyCoding.decode(text: """
            { "bruteForce": { "maxFailures": 3, "waitIncrement": "1h" }, "otp": { "ttl": "90s" } }
            """, file: "p.json")
        #expect(policy.bruteForce.maxFailures == 3)
        #expect(policy.bruteForce.waitIncrement == .hours(1))
        #expect(policy.bruteForce.failureReset == BruteForcePolicy.standard.failureReset)
        #expect(policy.otp.ttl == .seconds(90))
    }

    @Test("every problem is reported at once, with line, path and what was expected")
    func problems() {
        let text = """
            {
              "bruteForce": {
                "mode": "temporay",
                "maxFailures": -5,
                "waitIncrement": "-30m",
                "maxFailure": 3
              },
              "otp": { "stepUp": ["after-reset", "sometimes"] },
              "sesion": {}
            }
            """
        let error = #expect(throws: WorldError.self) { try PolicyCoding.decode(text: text, file: "p.json") }
        guard case .invalidPolicy(let issues) = error else {
            Issue.record("expected invalidPolicy, got \(String(describing: error))")
            return
        }
        #expect(issues.map(\.description) == [
            "p.json:3: bruteForce.mode: expected one of off, temporary, permanent, temporary-then-permanent, found 'temporay' (did you mean 'temporary'?)",
            "p.json:4: bruteForce.maxFailures: expected a whole number from 1 to 10000, found -5",
            "p.json:5: bruteForce.waitIncrement: expected a duration from 1s to 365d in whole seconds, like 30s, 15m or 1h30m, found '-30m'",
            "p.json:6: bruteForce: unknown field 'maxFailure' (did you mean 'maxFailures'?)",
            "p.json:8: otp.stepUp[1]: expected one of first-login, after-reset, unfamiliar-device, found 'sometimes'",
            "p.json:9: unknown field 'sesion' (did you mean 'session'?)",
        ])
    }

    @Test("fields that contradict each other are named")
    func contradictions() {
        let error = #expect(throws: WorldError.self) {
            try PolicyCoding.decode(text: #"{"bruteForce": {"mode": "temporary", "maxTemporaryLockouts": 2}}"#, file: "p.json")
        }
        #expect(error?.description == "p.json:1: bruteForce.maxTemporaryLockouts: expected 0 unless mode is temporary-then-permanent")
    }

    @Test("durations are bounded, and lock times whole seconds", arguments: [
        (#"{"bruteForce": {"waitIncrement": "400d"}}"#, "bruteForce.waitIncrement: expected a duration from 1s to 365d in whole seconds"),
        (#"{"bruteForce": {"waitIncrement": "1s500ms"}}"#, "bruteForce.waitIncrement: expected a duration from 1s to 365d in whole seconds"),
        (#"{"otp": {"ttl": "250ms"}}"#, "otp.ttl: expected a duration from 30s to 1d in whole seconds"),
        (#"{"session": {"idle": "2h", "absolute": "1h"}}"#, "session.absolute: expected at least session.idle (2h)"),
    ])
    func bounds(text: String, message: String) {
        let error = #expect(throws: WorldError.self) { try PolicyCoding.decode(text: text, file: "p.json") }
        #expect(error?.description.hasPrefix("p.json:1: \(message)") == true, "\(String(describing: error))")
    }

    @Test("a cross-field check is skipped when a field it needs was wrong")
    func noCrossCheckOnDefaults() {
        let error = #expect(throws: WorldError.self) {
            try PolicyCoding.decode(text: #"{"bruteForce": {"waitIncrement": "30x", "maxWait": "10m"}}"#, file: "p.json")
        }
        guard case .invalidPolicy(let issues) = error else { return }
        #expect(issues.map(\.path) == ["bruteForce.waitIncrement"])
    }

    @Test("a syntax error names line and column")
    func syntax() {
        let error = #expect(throws: WorldError.self) { try PolicyCoding.decode(text: "{\n  \"otp\": {},\n}", file: "p.json") }
        #expect(error?.description == "p.json:2:12: trailing comma before '}'")
    }
}
