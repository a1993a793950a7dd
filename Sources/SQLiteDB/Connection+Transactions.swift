import CSQLite

extension Connection {
    /// How a transaction takes its locks (SQLite's `BEGIN DEFERRED | IMMEDIATE | EXCLUSIVE`).
    public enum TransactionKind: Sendable {
        /// Locks only at the first read or write; a later write may fail busy.
        case deferred
        /// Takes the write lock at once, so a writer waits (busy timeout) at BEGIN, not halfway.
        case immediate
        /// Like immediate; in WAL mode the same as immediate.
        case exclusive

        var beginSQL: String {
            switch self {
            case .deferred: "BEGIN DEFERRED"
            case .immediate: "BEGIN IMMEDIATE"
            case .exclusive: "BEGIN EXCLUSIVE"
            }
        }
    }

    /// Whether a transaction is open on this connection (false when closed).
    public var isInTransaction: Bool {
        guard let handle else { return false }
        return sqlite3_get_autocommit(handle) == 0
    }

    /// Runs `body` in a transaction and commits it, returning what `body` returns.
    ///
    /// If `body` throws, the transaction is rolled back and `body`'s own error is rethrown
    /// unchanged (a failing ROLLBACK is not reported over it). If COMMIT fails (for example
    /// busy), the transaction is rolled back and the COMMIT error is thrown: nothing is
    /// half-written. Transactions do not nest: calling this while one is open throws.
    /// - Throws: `SQLiteError` from BEGIN or COMMIT, a misuse error when nested, or `body`'s error.
    public func inTransaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        guard !isInTransaction else {
            throw SQLiteError(
                code: SQLITE_MISUSE,
                message: "a transaction is already open; transactions do not nest",
                sql: kind.beginSQL)
        }
        try execute(kind.beginSQL)
        let result: T
        do {
            result = try body()
            try execute("COMMIT")
        } catch {
            // SQLite rolls back by itself after some errors (disk full, I/O); ROLLBACK then
            // fails, and that failure would hide the error that matters.
            if isInTransaction {
                try? execute("ROLLBACK")
            }
            throw error
        }
        return result
    }
}
