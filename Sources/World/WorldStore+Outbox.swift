import Portal
import SQLiteDB

extension WorldStore {
    /// Hands a message to the simulated gateway. `secret` is blanked out of an undelivered one.
    func send(_ body: String, secret: String, to account: Account, on channel: Channel, purpose: OutboxMessage.Purpose,
              isDelivered: Bool, at now: Instant) throws {
        guard let recipient = account.address(on: channel) else { return }
        let stored = isDelivered ? body : body.replacing(secret, with: String(repeating: "•", count: secret.count))
        try connection.run("""
            INSERT INTO outbox (at, account_id, channel, recipient, purpose, delivered, body) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [now.millisecondsSince1970, account.id.rawValue, channel.rawValue, recipient, purpose.rawValue, isDelivered, stored])
    }

    /// Messages in the order they were sent; only one account's when `account` is given;
    /// undelivered ones only when asked.
    public func outbox(for account: AccountID? = nil, includeUndelivered: Bool = false) throws -> [OutboxMessage] {
        try read { _ in
            var sql = "SELECT * FROM outbox WHERE 1 = 1"
            var values: [any SQLBindable] = []
            if let account {
                sql += " AND account_id = ?"
                values.append(account.rawValue)
            }
            if !includeUndelivered { sql += " AND delivered = 1" }
            return try connection.query(sql + " ORDER BY at, id", values).compactMap { row in
                guard let id = row.int("id"), let at = row.int("at"),
                      let channel = row.text("channel").flatMap(Channel.init(rawValue:)),
                      let purpose = row.text("purpose").flatMap(OutboxMessage.Purpose.init(rawValue:)),
                      let recipient = row.text("recipient"), let body = row.text("body") else { return nil }
                return OutboxMessage(id: id, at: Instant(millisecondsSince1970: at), account: row.int("account_id").map(AccountID.init),
                                     channel: channel, recipient: recipient, purpose: purpose,
                                     isDelivered: row.bool("delivered") ?? false, body: body)
            }
        }
    }
}
