import Portal
import Testing
@testable import Simulation
@testable import World

/// Every attack kind leaves what a diagnosis needs: failures from addresses and devices the
/// owners never used, against many accounts or one, and names that do not exist.
@Suite("Attacks")
struct AttackTests {
    @Test("credential stuffing: a few tries on many accounts from an address pool, with unknown names")
    func stuffing() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(scenario(users: 2000, hours: 6, """
            "attacks": [{ "kind": "credential-stuffing", "at": "+2h", "for": "1h", "accounts": 200, "ips": 10,
                          "attemptsPerAccount": 3, "successRate": 0.05 }]
            """)).world
        let bots = "device LIKE 'bot0-%'"
        #expect(try world.count("SELECT count(DISTINCT account_id) FROM events WHERE \(bots) AND account_id IS NOT NULL") >= 150)
        #expect(try world.count("SELECT count(DISTINCT ip) FROM events WHERE \(bots)") == 10)
        #expect(try world.count("SELECT count(*) FROM events WHERE \(bots) AND reason = 'unknown-user'") > 20)
        #expect(try world.count("SELECT count(*) FROM events WHERE \(bots) AND reason = 'wrong-password'") > 100)
        // The CAPTCHA starts stopping bots once their addresses have failed a few times.
        #expect(try world.count("SELECT count(*) FROM events WHERE \(bots) AND reason = 'captcha-failed'") > 0)
        #expect(try world.count("SELECT value FROM metrics WHERE series = 'attacks.attempts' LIMIT 1") > 0)
    }

    @Test("brute force: one named account, locked by failures from addresses its owner never used")
    func bruteForce() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(scenario(users: 100, hours: 6, """
            "attacks": [{ "kind": "brute-force", "at": "+1h", "for": "2h", "targets": ["victim.one"], "ips": 2, "attemptsPerAccount": 80 }],
            "cast": [{ "username": "victim.one", "email": "victim@example.id", "document": "nik:3174015008900021", "script": [
                { "at": "+90m", "do": "login", "password": "correct" },
                { "at": "+5m", "do": "contact-support", "says": "Saya tidak bisa masuk." } ] }]
            """)).world
        let locks = try world.rows("""
            SELECT e.reason, e.ip, e.device FROM events e JOIN accounts a ON a.id = e.account_id
            WHERE a.username = 'victim.one' AND e.kind = 'account-locked'
            """)
        #expect(!locks.isEmpty)
        #expect(locks.allSatisfy { $0.text("device")?.hasPrefix("bot0-") == true })
        #expect(try world.story("victim.one").contains("login-failed:locked-temporary"))
        let cause = try world.rows("SELECT true_cause FROM tickets t JOIN accounts a ON a.id = t.account_id WHERE a.username = 'victim.one'")
        #expect(cause.first?.text("true_cause") == "locked-by-attack")
    }

    @Test("password spraying: one or two tries on each of many accounts, slowly")
    func spraying() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(scenario(users: 3000, hours: 6, """
            "attacks": [{ "kind": "password-spraying", "at": "+1h", "for": "3h", "accounts": 1000, "ips": 20, "attemptsPerAccount": 2 }]
            """)).world
        let perAccount = try world.rows("""
            SELECT count(*) AS tries FROM events WHERE device LIKE 'bot0-%' AND account_id IS NOT NULL GROUP BY account_id
            """).compactMap { $0.int("tries") }
        #expect(perAccount.count > 800)
        #expect(perAccount.allSatisfy { $0 <= 2 })
        #expect(try world.count("SELECT count(*) FROM events WHERE kind = 'account-locked' AND device LIKE 'bot0-%'") == 0)
    }

    @Test("phishing: the victims' visits, then logins with their real passwords from elsewhere")
    func phishing() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run("""
            { "name": "phish", "seed": 3, "start": "2026-12-01T00:00:00+07:00", "duration": "1d",
              "population": { "users": 1000, "secondFactor": 0 },
              "attacks": [{ "kind": "phishing", "at": "+1h", "for": "2h", "accounts": 30, "ips": 3 }] }
            """).world
        #expect(try world.count("SELECT count(*) FROM events WHERE kind = 'phishing-site-visited'") == 30)
        #expect(try world.count("SELECT count(*) FROM events WHERE kind = 'login-succeeded' AND device LIKE 'phish0-%'") >= 25)
    }
}
