import Portal
import Testing
@testable import Simulation
@testable import World

/// Each `do` verb of the cast, and the events it leaves for a diagnosis to read.
@Suite("The cast's scripted verbs")
struct CastVerbTests {
    @Test("login: a right password with an SMS code, a wrong one, an old one, a failed CAPTCHA, a wrong code, no code")
    func logins() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 50, hours: 6, """
            "policy": { "captcha": { "mode": "always" } },
            "cast": [
              { "username": "sari.sms", "email": "sari@example.id", "phone": "+6281211110001", "document": "nik:3174015008900011",
                "secondFactor": "sms", "script": [
                  { "at": "+1h", "do": "login", "password": "correct", "otp": "correct" },
                  { "at": "+10m", "do": "logout" },
                  { "at": "+10m", "do": "login", "password": "correct", "otp": "wrong" },
                  { "at": "+10m", "do": "login", "password": "correct", "otp": "none" } ] },
              { "username": "tono.typo", "email": "tono@example.id", "document": "nik:3174011008900012", "script": [
                  { "at": "+1h", "do": "login", "password": "wrong", "ip": "36.80.1.2", "device": "tono-laptop" },
                  { "at": "+30s", "do": "login", "password": "old" },
                  { "at": "+30s", "do": "login", "password": "correct", "captcha": "fail" },
                  { "at": "+30s", "do": "login", "password": "correct" } ] }
            ]
            """)
        let world = try bench.run(json).world
        #expect(try world.story("sari.sms") == [
            "otp-sent:second-factor-enrolled", "otp-verified:second-factor-enrolled", "login-succeeded:first-login",
            "session-ended:logout",
            "otp-sent:second-factor-enrolled", "otp-failed:otp-wrong",
            "otp-sent:second-factor-enrolled",
        ])
        #expect(try world.story("tono.typo") == [
            "login-failed:wrong-password", "login-failed:wrong-password", "login-failed:captcha-failed",
            "login-succeeded:first-login",
        ])
        #expect(try world.count("SELECT count(*) FROM events e JOIN accounts a ON a.id = e.account_id WHERE a.username = 'tono.typo' AND e.device = 'tono-laptop' AND e.ip = '36.80.1.2'") == 1)
    }

    @Test("request-reset and complete-reset: the code goes out, the reset ends the session and clears the lock")
    func resets() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 50, hours: 6, """
            "cast": [
              { "username": "rina.reset", "email": "rina@example.id", "phone": "+6281211110003", "document": "nik:3174015008900013",
                "script": [
                  { "at": "+1h", "do": "login", "password": "correct" },
                  { "at": "+1m", "do": "login", "password": "wrong", "device": "other" },
                  { "at": "+20s", "do": "login", "password": "wrong", "device": "other" },
                  { "at": "+20s", "do": "login", "password": "wrong", "device": "other" },
                  { "at": "+20s", "do": "login", "password": "wrong", "device": "other" },
                  { "at": "+20s", "do": "login", "password": "wrong", "device": "other" },
                  { "at": "+1m", "do": "request-reset", "channel": "sms" },
                  { "at": "+2m", "do": "complete-reset" },
                  { "at": "+1m", "do": "request-reset", "channel": "email" },
                  { "at": "+1h", "do": "complete-reset" },
                  { "at": "+1m", "do": "contact-support", "channel": "email", "says": "The reset link does not work." } ] }
            ]
            """)
        let world = try bench.run(json).world
        let story = try world.story("rina.reset")
        #expect(story.contains("account-locked:lockout-temporary"))
        let reset = try #require(story.firstIndex(of: "reset-completed:ok"))
        #expect(story[reset + 1] == "session-ended:reset-completed")
        #expect(story[reset + 2] == "lock-cleared:reset-completed")
        #expect(story.suffix(3) == ["reset-requested:ok", "reset-failed:token-expired", "ticket-opened:ok"])
        let ticket = try #require(try world.rows("SELECT * FROM tickets t JOIN accounts a ON a.id = t.account_id WHERE a.username = 'rina.reset'").first)
        #expect(ticket.text("says") == "The reset link does not work.")
        #expect(ticket.text("true_cause") == "reset-expired")
        #expect(ticket.text("category") == "password-reset")
        #expect(ticket.text("channel") == "email")
    }

    @Test("status: a suspended member's account is stored suspended, and its logins are refused for it")
    func suspended() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 1, hours: 2, """
            "cast": [
              { "username": "susi.suspended", "email": "susi@example.id", "document": "nik:3174015008900015", "status": "suspended",
                "script": [ { "at": "+1h", "do": "login", "password": "correct" } ] }
            ]
            """)
        let world = try bench.run(json).world
        #expect(try world.account(matching: "susi.suspended").status == .suspended)
        #expect(try world.story("susi.suspended") == ["login-failed:account-suspended"])
    }

    @Test("visit-phishing-site: the visit is logged, and a login from an unfamiliar address and device follows")
    func phishing() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 50, hours: 24, """
            "cast": [
              { "username": "dewi.victim", "email": "dewi@example.id", "document": "nik:3174015008900014", "script": [
                  { "at": "+1h", "do": "login", "password": "correct" },
                  { "at": "+1h", "do": "visit-phishing-site" },
                  { "at": "+20h", "do": "contact-support", "channel": "form", "says": "I think someone got into my account." } ] }
            ]
            """)
        let world = try bench.run(json).world
        let story = try world.story("dewi.victim")
        #expect(story.prefix(2) == ["login-succeeded:first-login", "phishing-site-visited:phishing"])
        let logins = try world.rows("""
            SELECT e.ip, e.device FROM events e JOIN accounts a ON a.id = e.account_id
            WHERE a.username = 'dewi.victim' AND e.kind = 'login-succeeded' ORDER BY e.seq
            """)
        #expect(logins.count == 2)
        #expect(logins[0].text("device") == "dewi.victim-phone")
        #expect(logins[1].text("device") != "dewi.victim-phone")
        #expect(logins[1].text("ip") != logins[0].text("ip"))
        #expect(try world.rows("SELECT true_cause FROM tickets").compactMap { $0.text("true_cause") } .contains("compromised"))
    }

    @Test("a reset after the phishing visit: the attacker's stolen password no longer works")
    func resetAfterPhishing() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 50, hours: 24, """
            "cast": [
              { "username": "dewi.careful", "email": "dewi@example.id", "document": "nik:3174015008900014", "script": [
                  { "at": "+1h", "do": "login", "password": "correct" },
                  { "at": "+1h", "do": "visit-phishing-site" },
                  { "at": "+1m", "do": "request-reset", "channel": "email" },
                  { "at": "+2m", "do": "complete-reset" } ] }
            ]
            """)
        let world = try bench.run(json).world
        let story = try world.story("dewi.careful")
        #expect(story.contains("reset-completed:ok"))
        #expect(story.filter { $0.hasPrefix("login-succeeded") } == ["login-succeeded:first-login"])
        #expect(story.last == "login-failed:wrong-password")
    }
}
