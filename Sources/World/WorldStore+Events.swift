import Portal
import SQLiteDB

/// An event as the log holds it: with its sequence number and the account's username.
public struct LoggedEvent: Equatable, Sendable {
    /// Position in the log; events at one instant keep this order.
    public let seq: Int64
    /// The account's username, when the event has an account.
    public let username: String?
    /// What happened, as it was recorded.
    public let event: Event
}

extension WorldStore {
    /// Appends events in order; the log numbers them.
    func append(_ events: [Event]) throws {
        guard !events.isEmpty else { return }
        let statement = try connection.prepare("""
            INSERT INTO events (at, account_id, kind, reason, ip, device, channel, component, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for event in events {
            try statement.execute([
                event.at.millisecondsSince1970, event.account?.rawValue, event.kind.rawValue, event.reason.rawValue,
                event.ip?.description, event.device, event.channel?.rawValue, event.component?.rawValue, event.detail?.description,
            ])
        }
    }

    /// The account's events (every event when `account` is nil), oldest first; only the newest
    /// `limit` when given.
    public func events(for account: AccountID?, limit: Int? = nil) throws -> [LoggedEvent] {
        try read { _ in
            var sql = "SELECT e.*, a.username FROM events e LEFT JOIN accounts a ON a.id = e.account_id"
            var values: [any SQLBindable] = []
            if let account {
                sql += " WHERE e.account_id = ?"
                values.append(account.rawValue)
            }
            // Newest first to apply the limit, then back to oldest first (seq order is time order).
            sql += " ORDER BY e.seq DESC LIMIT ?"
            values.append(limit ?? -1)
            return try connection.query(sql, values).map(loggedEvent).reversed()
        }
    }

    func loggedEvent(_ row: Row) throws -> LoggedEvent {
        guard let seq = row.int("seq"), let at = row.int("at"),
              let kind = row.text("kind").flatMap(EventKind.init(rawValue:)),
              let reason = row.text("reason").flatMap(ReasonCode.init(rawValue:)) else {
            // An event this apoa cannot read is damage (or a newer apoa's kind): say so, never skip it.
            throw WorldError.notAWorld(path: path, why: "event \(row.int("seq") ?? 0) has an unknown kind or reason")
        }
        let detail = try row.text("detail").map { text in
            guard let detail = EventDetail(stored: text) else {
                throw WorldError.notAWorld(path: path, why: "event \(seq) has a detail this apoa does not write: '\(text)'")
            }
            return detail
        }
        return LoggedEvent(seq: seq, username: row.text("username"), event: Event(
            at: Instant(millisecondsSince1970: at), account: row.int("account_id").map(AccountID.init),
            kind: kind, reason: reason, ip: row.text("ip").flatMap(IPAddress.init), device: try deviceLabel(row, of: "events"),
            channel: row.text("channel").flatMap(Channel.init(rawValue:)),
            component: row.text("component").flatMap(Component.init(rawValue:)), detail: detail))
    }
}
