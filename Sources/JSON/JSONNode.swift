/// A parsed JSON value with where it starts in the text.
///
/// ``JSONParser`` makes these; ``JSONObjectReader`` decodes them. `line` and `column` are
/// 1-based; a column counts Unicode scalars from the start of the line (a tab counts as one).
public struct JSONNode: Equatable, Sendable {
    /// What the value is, with its contents.
    public enum Kind: Equatable, Sendable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A number, kept as the literal text from the file (`-5`, `1.5e3`) so messages can echo it.
        case number(String)
        /// A string, escapes resolved.
        case string(String)
        /// An array's elements in order.
        case array([JSONNode])
        /// An object's members in the order written; keys are unique (the parser rejects duplicates).
        case object([JSONMember])
    }

    /// What the value is.
    public let kind: Kind
    /// The 1-based line of the value's first character.
    public let line: Int
    /// The 1-based column of the value's first character.
    public let column: Int

    /// Makes a node; tests and tools that build nodes by hand use this.
    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// One `"key": value` member of a parsed object, with where its key is.
public struct JSONMember: Equatable, Sendable {
    /// The key, escapes resolved.
    public let key: String
    /// The 1-based line of the key's opening quote.
    public let keyLine: Int
    /// The 1-based column of the key's opening quote.
    public let keyColumn: Int
    /// The member's value.
    public let value: JSONNode

    /// Makes a member; tests and tools that build nodes by hand use this.
    public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}

extension JSONNode {
    /// The value without positions.
    ///
    /// A number literal without a fraction or exponent that fits `Int64` becomes `.integer`;
    /// any other number becomes `.double` (a literal too large for `Double`, like `1e400`,
    /// becomes an infinite double, which renders as `null`).
    public var value: JSONValue {
        switch kind {
        case .null:
            return .null
        case .bool(let value):
            return .bool(value)
        case .number(let text):
            if let integer = Int64(text) { return .integer(integer) }
            // The parser only makes valid JSON number literals, which `Double` always accepts.
            return .double(Double(text) ?? .nan)
        case .string(let value):
            return .string(value)
        case .array(let elements):
            return .array(elements.map(\.value))
        case .object(let members):
            return .object(members.map { ($0.key, $0.value.value) })
        }
    }

    /// How a message names this value after "found": the literal of a number, a string in
    /// single quotes, `true`, `false`, `null`, "an array", "an object".
    var foundDescription: String {
        switch kind {
        case .null:
            return "null"
        case .bool(let value):
            return value ? "true" : "false"
        case .number(let text):
            return text
        case .string(let text):
            return "'\(JSONNode.shortened(text))'"
        case .array:
            return "an array"
        case .object:
            return "an object"
        }
    }

    // A whole paragraph pasted into the wrong field should not flood the message.
    private static func shortened(_ text: String) -> String {
        let limit = 60
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }
}
