import Portal

/// A small world with one lock of every cause, all permanent (the policy's mode) so they are
/// still in force when the run ends at 14:00: two people locked during the 08:00–10:00 SMS outage,
/// one during the 12:00–13:00 e-mail maintenance, one by his own typos from where he logs in,
/// and two by a brute-force attack at 09:00 — rani.reset reset her password afterwards.
enum LockWave {
    static let scenario = """
        { "name": "lock-wave", "seed": 11, "start": "2026-12-01T00:00:00+07:00", "duration": "14h",
          "population": { "users": 1 }, "load": { "sessionsPerUserPerDay": 0 },
          "policy": { "bruteForce": { "mode": "permanent", "maxFailures": 5 } },
          "incidents": [ { "at": "2026-12-01T08:00:00+07:00", "component": "sms-gateway", "status": "major-outage", "for": "2h" } ],
          "maintenance": [ { "starts": "2026-12-01T12:00:00+07:00", "for": "1h", "components": ["email"] } ],
          "attacks": [ { "kind": "brute-force", "at": "2026-12-01T09:00:00+07:00", "for": "30m", "targets": ["tono.target", "rani.reset"], "ips": 2, "attemptsPerAccount": 30 } ],
          "cast": [
            { "username": "ika.outage", "email": "ika@example.id", "document": "nik:3174015008900011", "script": [
                { "at": "2026-12-01T08:30:00+07:00", "do": "login", "password": "wrong", "ip": "36.80.1.11" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.11" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.11" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.11" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.11" } ] },
            { "username": "joko.outage", "email": "joko@example.id", "document": "nik:3174015008900012", "script": [
                { "at": "2026-12-01T09:40:00+07:00", "do": "login", "password": "wrong", "ip": "36.80.1.12" },
                { "at": "+20s", "do": "login", "password": "old", "ip": "36.80.1.12" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.12" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.12" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.12" } ] },
            { "username": "maya.maint", "email": "maya@example.id", "document": "nik:3174015008900013", "script": [
                { "at": "2026-12-01T12:10:00+07:00", "do": "login", "password": "wrong", "ip": "36.80.1.13" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.13" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.13" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.13" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.13" } ] },
            { "username": "oki.owner", "email": "oki@example.id", "document": "nik:3174015008900014", "script": [
                { "at": "2026-12-01T07:00:00+07:00", "do": "login", "password": "correct", "ip": "36.80.1.14" },
                { "at": "2026-12-01T13:10:00+07:00", "do": "login", "password": "wrong", "ip": "36.80.1.14" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.14" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.14" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.14" },
                { "at": "+20s", "do": "login", "password": "wrong", "ip": "36.80.1.14" } ] },
            { "username": "tono.target", "email": "tono@example.id", "document": "nik:3174015008900015", "phone": "+6281311110001", "script": [] },
            { "username": "rani.reset", "email": "rani@example.id", "document": "nik:3174015008900016", "script": [
                { "at": "2026-12-01T10:00:00+07:00", "do": "request-reset", "channel": "email" },
                { "at": "+5m", "do": "complete-reset" } ] }
          ] }
        """

    /// 2026-12-01 at `hour`:00 WIB.
    static func at(_ hour: Int) throws -> Instant {
        try Instant(iso8601: "2026-12-01T\(hour < 10 ? "0" : "")\(hour):00:00+07:00")
    }
}
