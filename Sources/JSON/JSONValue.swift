/// A JSON value whose object members keep their insertion order, so rendering is deterministic.
///
/// Build one with literals (`["name": "ani", "failures": 3]`) or the cases; render it with
/// ``rendered(pretty:)``. Object keys should be unique: the value keeps whatever it is given,
/// and a repeated key renders as written (which ``JSONParser`` then rejects).
/// Equality is structural: `.integer(1)` is not `.double(1)`, members compare in order,
/// and `.double(.nan)` equals nothing, as with `Double`.
public enum JSONValue: Equatable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, rendered without a decimal point.
    case integer(Int64)
    /// A floating-point number; non-finite values render as `null` (JSON has no NaN or infinity).
    case double(Double)
    /// A string of Unicode text.
    case string(String)
    /// An ordered list of values.
    case array([JSONValue])
    /// Members in the order they were given.
    case object([(String, JSONValue)])

    /// Compares two values structurally, members in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case let (.bool(a), .bool(b)):
            return a == b
        case let (.integer(a), .integer(b)):
            return a == b
        case let (.double(a), .double(b)):
            return a == b
        case let (.string(a), .string(b)):
            return a == b
        case let (.array(a), .array(b)):
            return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default:
            return false
        }
    }
}

extension JSONValue {
    /// A string, or `null` when `value` is nil.
    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// A whole number, or `null` when `value` is nil.
    public static func integer(_ value: Int64?) -> JSONValue {
        value.map { .integer($0) } ?? .null
    }

    /// A whole number from an `Int`.
    public static func integer(_ value: Int) -> JSONValue {
        .integer(Int64(value))
    }

    /// A whole number from an `Int`, or `null` when `value` is nil.
    public static func integer(_ value: Int?) -> JSONValue {
        value.map { .integer(Int64($0)) } ?? .null
    }

    /// A floating-point number, or `null` when `value` is nil.
    public static func double(_ value: Double?) -> JSONValue {
        value.map { .double($0) } ?? .null
    }

    /// A boolean, or `null` when `value` is nil.
    public static func bool(_ value: Bool?) -> JSONValue {
        value.map { .bool($0) } ?? .null
    }
}

extension JSONValue {
    /// The value of the first member named `key`, or nil when this is not an object or has no such member.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The element at `index`, or nil when this is not an array or the index is out of range.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
