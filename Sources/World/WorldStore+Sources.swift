import Portal
import SQLiteDB

extension WorldStore {
    /// The record of an address; nil when the login has no address.
    func loadSource(_ ip: IPAddress?) throws -> SourceRecord? {
        guard let ip else { return nil }
        guard let row = try connection.queryRow("SELECT * FROM source_failures WHERE ip = ?", [ip.description]) else {
            return SourceRecord()
        }
        return SourceRecord(failures: Int(row.int("failures") ?? 0),
                            lastFailure: row.int("last_failure").map(Instant.init(millisecondsSince1970:)),
                            blockedUntil: row.int("blocked_until").map(Instant.init(millisecondsSince1970:)))
    }

    /// Writes back an address's record; a clean one is not stored.
    func save(_ source: SourceRecord?, of ip: IPAddress?) throws {
        guard let ip, let source, source != SourceRecord() else { return }
        try connection.run("""
            INSERT INTO source_failures (ip, failures, last_failure, blocked_until) VALUES (?, ?, ?, ?)
            ON CONFLICT (ip) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure,
                blocked_until = excluded.blocked_until
            """, [ip.description, source.failures, source.lastFailure?.millisecondsSince1970,
                  source.blockedUntil?.millisecondsSince1970])
    }
}
