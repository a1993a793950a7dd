import Portal
import SQLiteDB

extension WorldStore {
    /// How many reset tokens an account keeps in play: the newest ten are checked against a
    /// submitted secret (more would only mean more yescrypt work for an attacker to cause).
    static let tokensChecked = 10

    /// An account's newest reset tokens with their hashes, newest first.
    func resetTokens(_ id: AccountID) throws -> [(token: ResetToken, hash: PasswordHash?)] {
        try connection.query(
            "SELECT * FROM reset_tokens WHERE account_id = ? ORDER BY requested_at DESC, id DESC LIMIT ?",
            [id.rawValue, Self.tokensChecked]
        ).compactMap { row in
            guard let tokenID = row.int("id"), let channel = row.text("channel").flatMap(Channel.init(rawValue:)),
                  let requested = row.int("requested_at"), let expires = row.int("expires_at") else { return nil }
            let token = ResetToken(id: tokenID, channel: channel, requestedAt: Instant(millisecondsSince1970: requested),
                                   expiresAt: Instant(millisecondsSince1970: expires),
                                   usedAt: row.int("used_at").map(Instant.init(millisecondsSince1970:)),
                                   tries: Int(row.int("tries") ?? 0))
            return (token, row.text("token_hash").flatMap(PasswordHash.init(encoded:)))
        }
    }

    /// Times of the account's reset requests in the hour before `now`.
    func recentResetRequests(_ id: AccountID, before now: Instant) throws -> [Instant] {
        try connection.query("SELECT requested_at FROM reset_tokens WHERE account_id = ? AND requested_at > ?",
                             [id.rawValue, (now - .hours(1)).millisecondsSince1970])
            .compactMap { $0.int("requested_at").map(Instant.init(millisecondsSince1970:)) }
    }

    /// Stores a token that was just sent.
    func insertResetToken(account: AccountID, channel: Channel, hash: PasswordHash, at now: Instant) throws {
        try connection.run("""
            INSERT INTO reset_tokens (account_id, channel, token_hash, requested_at, expires_at) VALUES (?, ?, ?, ?, ?)
            """, [account.rawValue, channel.rawValue, hash.encoded, now.millisecondsSince1970,
                  (now + policy.reset.ttl).millisecondsSince1970])
    }

    /// Writes back what the rules changed on a token.
    func save(_ token: ResetToken) throws {
        try connection.run("UPDATE reset_tokens SET used_at = ?, tries = ? WHERE id = ?",
                           [token.usedAt?.millisecondsSince1970, token.tries, token.id])
    }
}
