import Portal
import SQLiteDB

/// The locks the desk lists, read at one instant of the world clock.
public struct LockSnapshot: Sendable {
    /// The world clock they were read at.
    public let now: Instant
    /// The locked accounts, by account number.
    public let accounts: [LockedAccount]
}

/// A locked account as the desk's lockout list reads it: who, and what the log says of the lock.
public struct LockedAccount: Sendable {
    /// The account.
    public let account: Account
    /// Its failures, locks and the portal's state meanwhile (`lock` is the lock at `now`).
    public let history: LockHistory
}

extension WorldStore {
    /// Every account locked at the world clock: temporary locks still in force (by the index
    /// `brute_force_by_not_before`) and permanent ones (by `brute_force_permanent`) — never a
    /// scan of accounts or events. With `endedWithin`, also temporary locks that ran out at most
    /// that long ago and that nothing has cleared since (a login, a reset or an unlock clears the
    /// record, and with it `not_before`).
    public func lockedAccounts(endedWithin recent: TimeSpan = .zero) throws -> LockSnapshot {
        try read { now in
            let ids = try lockedAccountIDs(endedAfter: now - recent)
            var sourceCounts: [IPAddress: Int] = [:]
            let accounts = try ids.map { id in
                LockedAccount(account: try loadAccount(id), history: try lockHistory(of: id, at: now, sourceCounts: &sourceCounts))
            }
            return LockSnapshot(now: now, accounts: accounts)
        }
    }

    /// Accounts whose temporary lock ends after `instant`, or that are locked permanently, by number.
    func lockedAccountIDs(endedAfter instant: Instant) throws -> [AccountID] {
        let ids = try connection.query(Self.lockedAccountsSQL, [instant.millisecondsSince1970]).compactMap { $0.int("account_id") }
        // An account can be in both halves; sorted and deduplicated here, since an ORDER BY or
        // UNION in SQL makes SQLite walk the whole table in key order instead of the indexes.
        return Set(ids).sorted().map(AccountID.init)
    }

    /// Each half searches its own partial index (a test checks the query plan).
    static let lockedAccountsSQL = """
        SELECT account_id FROM brute_force WHERE not_before > ?
        UNION ALL SELECT account_id FROM brute_force WHERE permanently_locked = 1
        """
}
