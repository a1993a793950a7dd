import Portal
import SQLiteDB

/// An event as the log holds it: with its sequence number.
public struct LoggedEvent: Equatable, Sendable {
    /// Position in the log; events at one instant keep this order.
    public let seq: Int64
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
                event.ip?.description, event.device, event.channel?.rawValue, event.component?.rawValue, event.detail,
            ])
        }
    }

    /// The account's events, oldest first (or every event when `account` is nil).
    public func events(for account: AccountID?) throws -> [LoggedEvent] {
        try read { _ in
            let rows = if let account {
                try connection.query("SELECT * FROM events WHERE account_id = ? ORDER BY at, seq", [account.rawValue])
            } else {
                try connection.query("SELECT * FROM events ORDER BY at, seq")
            }
            return rows.compactMap(Self.loggedEvent)
        }
    }

    private static func loggedEvent(_ row: Row) -> LoggedEvent? {
        guard let seq = row.int("seq"), let at = row.int("at"),
              let kind = row.text("kind").flatMap(EventKind.init(rawValue:)),
              let reason = row.text("reason").flatMap(ReasonCode.init(rawValue:)) else { return nil }
        return LoggedEvent(seq: seq, event: Event(
            at: Instant(millisecondsSince1970: at), account: row.int("account_id").map(AccountID.init),
            kind: kind, reason: reason, ip: row.text("ip").flatMap(IPAddress.init), device: row.text("device"),
            channel: row.text("channel").flatMap(Channel.init(rawValue:)),
            component: row.text("component").flatMap(Component.init(rawValue:)), detail: row.text("detail")))
    }
}
