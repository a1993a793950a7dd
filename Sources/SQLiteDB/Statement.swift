import CSQLite

/// One compiled statement, for running the same SQL many times.
///
/// Two ways to use it:
/// - convenient: `execute(_:)`, `rows(_:)`, `forEachRow(_:_:)` take an array of values,
///   bind them all (the count must match the `?` placeholders), run, and reset;
/// - fast, for bulk loading: `bind(_:at:)` each parameter (1-based), `step()`, read columns
///   with `int64(at:)` and friends (0-based), then `reset()`; no arrays, no `SQLValue` boxing.
///
/// A statement keeps its connection alive and is finalized when released. Like its
/// connection it belongs to one thread and is not `Sendable`.
public final class Statement {
    /// The statement text with its `?` placeholders, as given to `prepare`.
    public let sql: String

    private let connection: Connection
    private let handle: OpaquePointer

    init(connection: Connection, handle: OpaquePointer, sql: String) {
        self.connection = connection
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding

    /// Binds an integer to the parameter at `index` (1-based).
    public func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds an integer to the parameter at `index` (1-based).
    public func bind(_ value: Int, at index: Int32) throws {
        try bind(Int64(value), at: index)
    }

    /// Binds a double to the parameter at `index` (1-based).
    public func bind(_ value: Double, at index: Int32) throws {
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds text to the parameter at `index` (1-based); SQLite copies it.
    public func bind(_ value: String, at index: Int32) throws {
        let resultCode = value.withCString { text in
            // The explicit length keeps an embedded NUL from cutting the text short.
            sqlite3_bind_text64(handle, index, text, UInt64(value.utf8.count), sqliteTransient, UInt8(SQLITE_UTF8))
        }
        try check(resultCode)
    }

    /// Binds UTF-8 text from raw bytes (copied by SQLite): for bulk loading, where building a
    /// Swift `String` per value would cost more than the insert.
    public func bindText(_ bytes: UnsafeRawBufferPointer, at index: Int32) throws {
        guard let base = bytes.baseAddress else { return try bind("", at: index) }
        try check(sqlite3_bind_text64(handle, index, base.assumingMemoryBound(to: CChar.self), UInt64(bytes.count),
                                      sqliteTransient, UInt8(SQLITE_UTF8)))
    }

    /// Binds text that outlives the statement (SQLite keeps the pointer, copying nothing): for
    /// constant strings bound millions of times. `text` must stay valid and unchanged until the
    /// statement is finalised or rebound.
    public func bindStaticText(_ text: UnsafePointer<CChar>, length: Int, at index: Int32) throws {
        // A nil destructor is SQLITE_STATIC: SQLite uses the text where it is.
        try check(sqlite3_bind_text64(handle, index, text, UInt64(length), nil, UInt8(SQLITE_UTF8)))
    }

    /// Binds text, or NULL for `nil`, to the parameter at `index` (1-based).
    public func bind(_ value: String?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds an integer, or NULL for `nil`, to the parameter at `index` (1-based).
    public func bind(_ value: Int64?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds a blob to the parameter at `index` (1-based); SQLite copies it.
    public func bind(_ value: [UInt8], at index: Int32) throws {
        // An empty array may have no base address, and a null pointer would bind NULL.
        guard !value.isEmpty else {
            try check(sqlite3_bind_zeroblob(handle, index, 0))
            return
        }
        let resultCode = value.withUnsafeBytes { bytes in
            sqlite3_bind_blob64(handle, index, bytes.baseAddress, UInt64(bytes.count), sqliteTransient)
        }
        try check(resultCode)
    }

    /// Binds NULL to the parameter at `index` (1-based).
    public func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds any `SQLValue` to the parameter at `index` (1-based).
    public func bind(_ value: SQLValue, at index: Int32) throws {
        switch value {
        case .null: try bindNull(at: index)
        case .integer(let integer): try bind(integer, at: index)
        case .real(let real): try bind(real, at: index)
        case .text(let text): try bind(text, at: index)
        case .blob(let bytes): try bind(bytes, at: index)
        }
    }

    /// Resets the statement, clears all bindings, then binds `values` to parameters 1, 2, ….
    /// - Throws: `SQLiteError` (`SQLITE_RANGE`) when the count differs from the placeholders.
    public func bind(_ values: [any SQLBindable]) throws {
        reset()
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError(code: SQLITE_RANGE, message: "statement takes \(expected) values, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
    }

    /// The number of `?` parameters the statement takes.
    public var parameterCount: Int32 { sqlite3_bind_parameter_count(handle) }

    // MARK: Running

    /// Steps once: `true` when a row is available to read, `false` when the statement is done.
    /// - Throws: `SQLiteError` carrying this statement's SQL (never its bound values).
    public func step() throws -> Bool {
        guard connection.isOpen else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "database connection is closed", sql: sql)
        }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let resultCode: throw error(resultCode)
        }
    }

    /// Resets the statement to run again and clears its bindings to NULL.
    public func reset() {
        // sqlite3_reset repeats the last step's error; step() has already thrown it.
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Resets the statement but keeps its bindings: for a hot loop that binds every parameter
    /// again before each step, where clearing them first is wasted work.
    public func resetKeepingBindings() {
        sqlite3_reset(handle)
    }

    /// Binds `values`, steps to completion, and resets.
    public func execute(_ values: [any SQLBindable] = []) throws {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    /// Binds `values`, collects every row, and resets.
    public func rows(_ values: [any SQLBindable] = []) throws -> [Row] {
        try bind(values)
        defer { reset() }
        var rows: [Row] = []
        let columns = columnNames
        while try step() {
            rows.append(Row(columns: columns, values: (0..<columnCount).map(value(at:))))
        }
        return rows
    }

    /// Binds `values`, then calls `body` once per row with a cursor on it, and resets.
    ///
    /// The cursor reads the current row's columns straight from SQLite, without building a
    /// `Row`; it cannot leave the closure. `body` must not step or reset this statement.
    /// An error thrown by `body` stops the loop and is rethrown.
    public func forEachRow(_ values: [any SQLBindable] = [], _ body: (borrowing RowCursor) throws -> Void) throws {
        try bind(values)
        defer { reset() }
        while try step() {
            let cursor = RowCursor(statement: handle)
            try body(cursor)
        }
    }

    // MARK: Columns of the current row (0-based)

    /// The number of columns a row of this statement has (0 for statements that return none).
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The names of the result columns, in order.
    public var columnNames: [String] {
        (0..<columnCount).map { column in
            sqlite3_column_name(handle, column).map { String(cString: $0) } ?? ""
        }
    }

    /// The column as an integer (NULL reads as 0, text is converted as SQLite converts it).
    public func int64(at column: Int32) -> Int64 { RowCursor(statement: handle).int64(at: column) }

    /// The column as a double (NULL reads as 0).
    public func double(at column: Int32) -> Double { RowCursor(statement: handle).double(at: column) }

    /// The column as text, or `nil` for NULL.
    public func text(at column: Int32) -> String? { RowCursor(statement: handle).text(at: column) }

    /// The column as bytes, or `nil` for NULL.
    public func blob(at column: Int32) -> [UInt8]? { RowCursor(statement: handle).blob(at: column) }

    /// Whether the column is NULL.
    public func isNull(at column: Int32) -> Bool { RowCursor(statement: handle).isNull(at: column) }

    /// The column with its own storage class.
    public func value(at column: Int32) -> SQLValue { RowCursor(statement: handle).value(at: column) }

    /// The current row as a `Row`.
    func row() -> Row {
        Row(columns: columnNames, values: (0..<columnCount).map(value(at:)))
    }

    // MARK: Errors

    private func check(_ resultCode: Int32) throws {
        guard resultCode == SQLITE_OK else { throw error(resultCode) }
    }

    private func error(_ resultCode: Int32) -> SQLiteError {
        // The statement's own database handle: still valid after Connection.close() left it a zombie.
        SQLiteError(resultCode: resultCode, database: sqlite3_db_handle(handle), sql: sql)
    }
}

/// SQLite's SQLITE_TRANSIENT: tells SQLite to copy the bytes before the bind call returns.
private var sqliteTransient: sqlite3_destructor_type {
    unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

// A statement belongs to its connection's thread.
@available(*, unavailable)
extension Statement: Sendable {}
