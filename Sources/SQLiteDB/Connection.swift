import CSQLite

/// One open SQLite database: the place to run SQL and begin transactions.
///
/// Every open sets a busy timeout, turns foreign keys on and, for a writable file, puts the
/// database in WAL mode (and checks that it took). A `Connection` belongs to one thread:
/// it is opened with `SQLITE_OPEN_NOMUTEX` and is deliberately not `Sendable`; open one
/// connection per thread instead of sharing. Values are always bound to `?` placeholders,
/// never spliced into SQL, so errors can show the SQL without showing the values.
public final class Connection {
    /// How a database is opened.
    public enum Mode: Sendable {
        /// Read only; the file must exist. Its journal mode is left as the file has it.
        case readOnly
        /// Read and write; the file must exist.
        case readWrite
        /// Read and write, creating the file if it does not exist.
        case readWriteCreate
    }

    /// The path the database was opened with (`":memory:"` for an in-memory database).
    public let path: String

    /// The sqlite3 handle; `nil` once closed.
    private(set) var handle: OpaquePointer?

    /// Opens (or creates) a database and configures it.
    ///
    /// Sets the busy timeout (how long a write waits for another connection's lock before
    /// failing with `isBusy`), `PRAGMA foreign_keys = ON`, and `journal_mode = WAL` for a
    /// writable file (not for `":memory:"`, `""` or `.readOnly`). Reads the schema once, so a
    /// file that is not an SQLite database is refused here with `isNotADatabase`.
    /// URI file names are not interpreted: the path is a plain file name.
    /// - Throws: `SQLiteError` naming the path when the file cannot be opened or configured.
    public init(path: String, mode: Mode = .readWriteCreate, busyTimeoutMilliseconds: Int32 = 5000) throws {
        self.path = path
        var flags = SQLITE_OPEN_NOMUTEX
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var opened: OpaquePointer?
        // Distribution builds (Debian's among them) compile SQLite with SQLITE_USE_URI, which reads
        // a name starting with "file:" as a URI whatever the flags say; "./" keeps it a file name.
        let fileName = path.hasPrefix("file:") ? "./" + path : path
        let resultCode = sqlite3_open_v2(fileName, &opened, flags, nil)
        guard resultCode == SQLITE_OK, let opened else {
            let error = SQLiteError(resultCode: resultCode, database: opened, sql: nil, path: path)
            // sqlite3_open_v2 hands back a handle even when it fails; it must still be released.
            sqlite3_close_v2(opened)
            throw error
        }
        handle = opened
        do {
            try configure(mode: mode, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        } catch {
            close()
            guard let error = error as? SQLiteError else { throw error }
            throw SQLiteError(code: error.code, message: error.message, sql: error.sql, path: path)
        }
    }

    deinit {
        // Statements hold their connection strongly, so none is left unfinalized here.
        sqlite3_close_v2(handle)
    }

    private func configure(mode: Mode, busyTimeoutMilliseconds: Int32) throws {
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        // Opening is lazy: SQLite reads the header only at first use. Reading the schema now
        // turns "file is not a database" into an error at open, where the path is known.
        do {
            _ = try scalar("SELECT count(*) FROM sqlite_master")
        } catch let error as SQLiteError {
            // The probe's SQL is ours, not the caller's; the file is what the reader needs.
            throw SQLiteError(code: error.code, message: error.message)
        }
        try execute("PRAGMA foreign_keys = ON")
        let isFile = !(path == ":memory:" || path.isEmpty)
        // WAL is a persistent property of the file; a read-only connection cannot set it anyway.
        if isFile && mode != .readOnly {
            let sql = "PRAGMA journal_mode = WAL"
            let journal = try scalar(sql)
            guard case .text(let name) = journal, name.lowercased() == "wal" else {
                throw SQLiteError(code: SQLITE_ERROR, message: "journal mode is not wal after setting it", sql: sql)
            }
        }
    }

    /// Closes the database. Calling it again does nothing; `deinit` closes too.
    ///
    /// Statements still alive keep SQLite's connection until they are released
    /// (`sqlite3_close_v2`), but any further use of this connection or its statements throws.
    public func close() {
        guard let handle else { return }
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    /// Whether the connection is open (not yet closed).
    public var isOpen: Bool { handle != nil }

    /// The open handle, or an error saying the connection is closed.
    func openHandle(for sql: String? = nil) throws -> OpaquePointer {
        guard let handle else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "database connection is closed", sql: sql, path: path)
        }
        return handle
    }

    /// Runs one or more statements that take no parameters (schema, pragmas).
    ///
    /// Never splice values into `sql`: use `run(_:_:)` with `?` placeholders instead.
    /// - Throws: `SQLiteError` with the SQL of the whole batch.
    public func execute(_ sql: String) throws {
        let handle = try openHandle(for: sql)
        var errorMessage: UnsafeMutablePointer<CChar>?
        let resultCode = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        defer { sqlite3_free(errorMessage) }
        guard resultCode == SQLITE_OK else {
            let code = sqlite3_extended_errcode(handle)
            let message = errorMessage.map { String(cString: $0) } ?? ""
            throw SQLiteError(code: code & 0xff == resultCode & 0xff ? code : resultCode, message: message, sql: sql)
        }
    }

    /// Compiles one statement for repeated use.
    ///
    /// - Throws: `SQLiteError` for a syntax error, for SQL with no statement, and for SQL
    ///   holding more than one statement (trailing comments and white space are fine).
    public func prepare(_ sql: String) throws -> Statement {
        let handle = try openHandle(for: sql)
        var statement: OpaquePointer?
        var extra: OpaquePointer?
        let resultCode = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let resultCode = sqlite3_prepare_v2(handle, text, -1, &statement, &tail)
            if resultCode == SQLITE_OK, let tail {
                // Compile the rest too: only then do we know whether it is a second statement
                // or just comments, which a text scan would get wrong.
                sqlite3_prepare_v2(handle, tail, -1, &extra, nil)
            }
            return resultCode
        }
        guard resultCode == SQLITE_OK else {
            throw SQLiteError(resultCode: resultCode, database: handle, sql: sql)
        }
        guard let statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "sql holds no statement", sql: sql)
        }
        guard extra == nil else {
            sqlite3_finalize(statement)
            sqlite3_finalize(extra)
            throw SQLiteError(code: SQLITE_MISUSE, message: "prepare takes one statement; use execute for several", sql: sql)
        }
        return Statement(connection: self, handle: statement, sql: sql)
    }

    /// Runs one statement with `values` bound to its `?` placeholders in order, to completion.
    /// - Throws: `SQLiteError`; also when the number of values does not match the placeholders.
    public func run(_ sql: String, _ values: [any SQLBindable] = []) throws {
        try prepare(sql).execute(values)
    }

    /// Runs one query and returns all its rows.
    public func query(_ sql: String, _ values: [any SQLBindable] = []) throws -> [Row] {
        try prepare(sql).rows(values)
    }

    /// Runs one query and returns its first row, or `nil` when it has none.
    public func queryRow(_ sql: String, _ values: [any SQLBindable] = []) throws -> Row? {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return statement.row()
    }

    /// Runs one query and returns the first column of its first row, or `.null` when it has no row.
    public func scalar(_ sql: String, _ values: [any SQLBindable] = []) throws -> SQLValue {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step(), statement.columnCount > 0 else { return .null }
        return statement.value(at: 0)
    }

    /// The rowid of the most recent successful INSERT on this connection (0 if none or closed).
    public var lastInsertRowID: Int64 {
        sqlite3_last_insert_rowid(handle)
    }

    /// The number of rows changed by the most recent INSERT, UPDATE or DELETE (0 if closed).
    public var changes: Int {
        guard let handle else { return 0 }
        return Int(sqlite3_changes64(handle))
    }

    /// The database's `PRAGMA user_version`, which the world schema uses as its version.
    public func userVersion() throws -> Int {
        guard case .integer(let version) = try scalar("PRAGMA user_version") else { return 0 }
        return Int(version)
    }

    /// Sets `PRAGMA user_version`; it must fit in 32 bits, as SQLite stores it.
    public func setUserVersion(_ version: Int) throws {
        guard let version = Int32(exactly: version) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "user version must fit in 32 bits", sql: "PRAGMA user_version = ?")
        }
        // PRAGMA takes no bound parameters; an Int32 spliced in cannot carry anything but digits.
        try execute("PRAGMA user_version = \(version)")
    }

    /// The journal mode in lower case: `"wal"` for a world file, `"memory"` for `":memory:"`.
    public func journalMode() throws -> String {
        guard case .text(let mode) = try scalar("PRAGMA journal_mode") else { return "" }
        return mode.lowercased()
    }
}

// A connection is used from one thread (SQLITE_OPEN_NOMUTEX); this keeps anyone from
// declaring it Sendable later.
@available(*, unavailable)
extension Connection: Sendable {}
