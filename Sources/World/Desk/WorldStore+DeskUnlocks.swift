import Portal

/// A lock the desk cleared: whose, and when.
public struct DeskUnlock: Equatable, Sendable {
    public let account: AccountID
    public let at: Instant
}

extension WorldStore {
    /// Every lock the desk cleared at or after `since`, oldest first: single, forced and bulk
    /// unlocks alike, each logged as `lock-cleared desk-unlock` by the portal's unlock rule.
    public func deskUnlocks(since: Instant) throws -> [DeskUnlock] {
        try read { _ in
            try connection.query("""
                SELECT at, account_id FROM events
                WHERE kind = ? AND reason = ? AND at >= ? AND account_id IS NOT NULL ORDER BY seq
                """, [EventKind.lockCleared.rawValue, ReasonCode.deskUnlock.rawValue, since.millisecondsSince1970]).compactMap { row in
                guard let at = row.int("at"), let account = row.int("account_id") else { return nil }
                return DeskUnlock(account: AccountID(account), at: Instant(millisecondsSince1970: at))
            }
        }
    }
}
