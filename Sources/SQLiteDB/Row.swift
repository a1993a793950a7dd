/// One result row: column names and values, copied out of SQLite.
///
/// Look columns up by position or by name (exact, case-sensitive; the first column of that
/// name wins). The typed accessors return `nil` for NULL and for a value of another kind,
/// so a schema mistake shows up as `nil` rather than as a silently converted value.
public struct Row: Equatable, Sendable {
    /// The column names, in result order.
    public let columns: [String]
    /// The values, in the same order as `columns`.
    public let values: [SQLValue]

    /// Makes a row; `columns` and `values` must have the same count.
    public init(columns: [String], values: [SQLValue]) {
        precondition(columns.count == values.count, "a row needs one value per column")
        self.columns = columns
        self.values = values
    }

    /// The value at a 0-based position; the position must be in range.
    public subscript(_ index: Int) -> SQLValue {
        values[index]
    }

    /// The value of the named column, or `.null` when there is no such column.
    public subscript(_ name: String) -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    /// The named column as an integer; `nil` if NULL, missing or not an integer.
    public func int(_ name: String) -> Int64? {
        guard case .integer(let value) = self[name] else { return nil }
        return value
    }

    /// The named column as text; `nil` if NULL, missing or not text.
    public func text(_ name: String) -> String? {
        guard case .text(let value) = self[name] else { return nil }
        return value
    }

    /// The named column as a double; integers convert, anything else is `nil`.
    public func double(_ name: String) -> Double? {
        switch self[name] {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The named column as a boolean: integer 0 is `false`, 1 is `true`, anything else `nil`.
    public func bool(_ name: String) -> Bool? {
        switch self[name] {
        case .integer(0): false
        case .integer(1): true
        default: nil
        }
    }

    /// The named column as bytes; `nil` if NULL, missing or not a blob.
    public func blob(_ name: String) -> [UInt8]? {
        guard case .blob(let value) = self[name] else { return nil }
        return value
    }
}
