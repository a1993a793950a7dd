/// A Swift value that can be bound to a `?` parameter of a statement.
///
/// Conforming types: `Int`, `Int64`, `Int32`, `Double`, `Bool` (stored as 0 or 1),
/// `String`, `[UInt8]` (a blob), `SQLValue`, and `Optional` of any of these (`nil` binds NULL).
public protocol SQLBindable {
    /// The value SQLite stores for this Swift value.
    var sqlValue: SQLValue { get }
}

extension Int: SQLBindable {
    /// The integer as a 64-bit SQLite integer.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Int64: SQLBindable {
    /// The integer as a 64-bit SQLite integer.
    public var sqlValue: SQLValue { .integer(self) }
}

extension Int32: SQLBindable {
    /// The integer as a 64-bit SQLite integer.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Double: SQLBindable {
    /// The number as an SQLite real.
    public var sqlValue: SQLValue { .real(self) }
}

extension Bool: SQLBindable {
    /// `true` as the integer 1, `false` as 0 (SQLite has no boolean type).
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}

extension String: SQLBindable {
    /// The string as UTF-8 text.
    public var sqlValue: SQLValue { .text(self) }
}

extension Array: SQLBindable where Element == UInt8 {
    /// The bytes as a blob.
    public var sqlValue: SQLValue { .blob(self) }
}

extension SQLValue: SQLBindable {
    /// The value itself.
    public var sqlValue: SQLValue { self }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    /// The wrapped value's SQL value, or NULL for `nil`.
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
