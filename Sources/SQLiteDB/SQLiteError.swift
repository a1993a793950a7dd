import CSQLite

/// An error reported by SQLite, or a misuse of this module caught before SQLite saw it.
///
/// It carries SQLite's extended result code, SQLite's message and the statement text
/// with its `?` placeholders. Bound values are never part of it: they may be secrets.
/// Errors raised by this module itself use `SQLITE_MISUSE` (for example a nested
/// transaction or a closed connection) or `SQLITE_RANGE` (a wrong number of values).
public struct SQLiteError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The extended result code, as `sqlite3_extended_errcode` returns it (e.g. 2067 for a UNIQUE violation).
    public let code: Int32
    /// SQLite's message (`sqlite3_errmsg`), or this module's own; never contains bound values.
    public let message: String
    /// The statement text with `?` placeholders, when the error came from a statement.
    public let sql: String?
    /// The database file, when the error came from opening it.
    public let path: String?

    /// Makes an error from its parts; `code` is an SQLite (extended) result code.
    public init(code: Int32, message: String, sql: String? = nil, path: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.path = path
    }

    /// The primary result code: the low 8 bits of `code` (e.g. 19, `SQLITE_CONSTRAINT`).
    public var primaryCode: Int32 { code & 0xff }

    /// Whether a constraint failed: UNIQUE, NOT NULL, CHECK, FOREIGN KEY or PRIMARY KEY.
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// Whether the database was locked by another connection past the busy timeout.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// Whether the file is not an SQLite database (or is encrypted).
    public var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB }

    /// One line: primary code, SQLite's name for it, the message, then the file or SQL.
    ///
    /// For example `sqlite error 19 (constraint failed): UNIQUE constraint failed: accounts.email,
    /// in: INSERT INTO accounts (email) VALUES (?)`. The extended code is in `code`.
    public var description: String {
        let name = sqlite3_errstr(code).map { String(cString: $0) } ?? "unknown error"
        var text = "sqlite error \(primaryCode) (\(name))"
        // SQLite often reports the generic name as the message too; saying it twice helps no one.
        if !message.isEmpty && message != name {
            text += ": \(message)"
        }
        if let path {
            text += ", file: '\(path)'"
        }
        if let sql {
            text += ", in: \(sql)"
        }
        return text
    }
}

extension SQLiteError {
    /// The error SQLite recorded on `database` for the failed call that returned `resultCode`.
    ///
    /// The connection's recorded error is used only when it belongs to this failure (same primary
    /// code); otherwise the result code's generic text is used, so a stale message never leaks in.
    init(resultCode: Int32, database: OpaquePointer?, sql: String?, path: String? = nil) {
        if let database, sqlite3_extended_errcode(database) & 0xff == resultCode & 0xff {
            let message = sqlite3_errmsg(database).map { String(cString: $0) } ?? ""
            self.init(code: sqlite3_extended_errcode(database), message: message, sql: sql, path: path)
        } else {
            let message = sqlite3_errstr(resultCode).map { String(cString: $0) } ?? ""
            self.init(code: resultCode, message: message, sql: sql, path: path)
        }
    }
}
