import Portal
import SQLiteDB

extension WorldStore {
    /// An account's sessions that have not ended explicitly (some may have timed out), oldest first.
    func openSessions(_ id: AccountID) throws -> [Session] {
        try connection.query(
            "SELECT * FROM sessions WHERE account_id = ? AND ended_at IS NULL ORDER BY started_at, id", [id.rawValue]
        ).compactMap(session)
    }

    /// Every session of an account, newest first.
    public func sessions(of id: AccountID) throws -> [Session] {
        try read { _ in
            try connection.query("SELECT * FROM sessions WHERE account_id = ? ORDER BY started_at DESC, id DESC", [id.rawValue])
                .compactMap(session)
        }
    }

    /// Stores a session that just started.
    func insert(_ session: Session) throws {
        try connection.run("""
            INSERT INTO sessions (id, account_id, started_at, last_seen_at, ip, device) VALUES (?, ?, ?, ?, ?, ?)
            """, [session.id, session.account.rawValue, session.startedAt.millisecondsSince1970,
                  session.lastSeenAt.millisecondsSince1970, session.ip?.description, session.device])
    }

    /// Writes back a session the rules ended.
    func saveEnd(of session: Session) throws {
        try connection.run("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ?",
                           [session.endedAt?.millisecondsSince1970, session.endReason?.rawValue, session.id])
    }

    private func session(_ row: Row) throws -> Session? {
        guard let id = row.int("id"), let account = row.int("account_id"),
              let started = row.int("started_at"), let seen = row.int("last_seen_at") else { return nil }
        return Session(id: id, account: AccountID(account), startedAt: Instant(millisecondsSince1970: started),
                       lastSeenAt: Instant(millisecondsSince1970: seen),
                       endedAt: row.int("ended_at").map(Instant.init(millisecondsSince1970:)),
                       endReason: row.text("end_reason").flatMap(ReasonCode.init(rawValue:)),
                       ip: row.text("ip").flatMap(IPAddress.init), device: try deviceLabel(row, of: "sessions"))
    }
}
