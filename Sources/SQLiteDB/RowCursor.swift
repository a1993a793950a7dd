import CSQLite

/// The row a statement is positioned on, read column by column without copying the row.
///
/// Handed to `Statement.forEachRow` bodies. It is non-copyable and borrowed, so it cannot
/// outlive the row it reads. Columns are 0-based. An index out of range reads as NULL.
public struct RowCursor: ~Copyable {
    private let statement: OpaquePointer

    init(statement: OpaquePointer) {
        self.statement = statement
    }

    /// The number of columns in the row.
    public var columnCount: Int32 { sqlite3_column_count(statement) }

    /// The column as an integer (NULL reads as 0, text is converted as SQLite converts it).
    public func int64(at column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    /// The column as a double (NULL reads as 0).
    public func double(at column: Int32) -> Double {
        sqlite3_column_double(statement, column)
    }

    /// The column as text, or `nil` for NULL.
    public func text(at column: Int32) -> String? {
        // sqlite3_column_text before sqlite3_column_bytes, as SQLite's documentation requires.
        guard let text = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The column as bytes, or `nil` for NULL.
    public func blob(at column: Int32) -> [UInt8]? {
        if isNull(at: column) { return nil }
        // A zero-length blob comes back as a null pointer; it is still an empty value.
        guard let bytes = sqlite3_column_blob(statement, column) else { return [] }
        let count = Int(sqlite3_column_bytes(statement, column))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// Whether the column is NULL.
    public func isNull(at column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }

    /// The column with its own storage class.
    public func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: .integer(int64(at: column))
        case SQLITE_FLOAT: .real(double(at: column))
        case SQLITE_TEXT: text(at: column).map(SQLValue.text) ?? .null
        case SQLITE_BLOB: blob(at: column).map(SQLValue.blob) ?? .null
        default: .null
        }
    }
}
