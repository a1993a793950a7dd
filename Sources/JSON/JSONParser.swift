/// A strict RFC 8259 parser that keeps the line and column of every value.
///
/// It accepts exactly one value with optional whitespace around it (and ignores a leading
/// UTF-8 byte-order mark). It rejects what people commonly write by mistake, each with its own
/// message: trailing commas, comments, single quotes, leading zeros, `+`, `NaN`, unescaped
/// control characters, lone surrogates, invalid UTF-8, duplicate keys (ambiguous in a
/// settings file), and nesting deeper than ``maximumDepth``.
public enum JSONParser {
    /// How deeply arrays and objects may nest; deeper text is an error rather than a stack overflow.
    public static let maximumDepth = 512

    /// Parses JSON text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        var cursor = JSONCursor(bytes: Array(text.utf8))
        return try parseDocument(&cursor)
    }

    /// Parses JSON bytes, which must be UTF-8.
    public static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var cursor = JSONCursor(bytes: bytes)
        if let bad = firstInvalidUTF8Offset(in: bytes) {
            while cursor.offset < bad { cursor.advance() }
            throw cursor.error("invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))")
        }
        return try parseDocument(&cursor)
    }

    private static func parseDocument(_ cursor: inout JSONCursor) throws(JSONSyntaxError) -> JSONNode {
        try skipWhitespace(&cursor)
        if cursor.isAtEnd { throw cursor.error("the text is empty, expected a JSON value") }
        let node = try parseValue(&cursor, depth: 0)
        try skipWhitespace(&cursor)
        if !cursor.isAtEnd {
            throw cursor.error("expected the end of the text after the value, found \(cursor.foundDescription)")
        }
        return node
    }

    private static func skipWhitespace(_ cursor: inout JSONCursor) throws(JSONSyntaxError) {
        while let byte = cursor.current {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                cursor.advance()
            case UInt8(ascii: "/") where cursor.peek() == UInt8(ascii: "/") || cursor.peek() == UInt8(ascii: "*"):
                throw cursor.error("comments are not JSON")
            default:
                return
            }
        }
    }

    /// Parses the value at the read position; whitespace before it is already skipped.
    private static func parseValue(_ cursor: inout JSONCursor, depth: Int) throws(JSONSyntaxError) -> JSONNode {
        let start = cursor.position
        guard let byte = cursor.current else {
            throw cursor.error("expected a value, found the end of the text")
        }
        let kind: JSONNode.Kind
        switch byte {
        case UInt8(ascii: "{"):
            kind = try parseObject(&cursor, depth: depth + 1)
        case UInt8(ascii: "["):
            kind = try parseArray(&cursor, depth: depth + 1)
        case UInt8(ascii: "\""):
            kind = .string(try parseString(&cursor))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            kind = .number(try parseNumber(&cursor))
        case UInt8(ascii: "+"):
            throw cursor.error("a number cannot start with '+'")
        case UInt8(ascii: "."):
            throw cursor.error("a number must start with a digit, found '.'")
        case UInt8(ascii: "'"):
            throw cursor.error("strings must be in double quotes, not single quotes")
        default:
            kind = try parseLiteral(&cursor)
        }
        return JSONNode(kind: kind, line: start.line, column: start.column)
    }

    private static func parseLiteral(_ cursor: inout JSONCursor) throws(JSONSyntaxError) -> JSONNode.Kind {
        for (word, kind) in [("true", JSONNode.Kind.bool(true)), ("false", .bool(false)), ("null", .null)] {
            let bytes = Array(word.utf8)
            let end = cursor.offset + bytes.count
            guard end <= cursor.bytes.count, Array(cursor.bytes[cursor.offset..<end]) == bytes else { continue }
            // "nullx" is one unknown word, not null followed by junk.
            if end < cursor.bytes.count, JSONCursor.isWordByte(cursor.bytes[end]) { break }
            cursor.advance(by: bytes.count)
            return kind
        }
        let found = cursor.foundDescription
        if found == "'NaN'" || found == "'Infinity'" {
            throw cursor.error("expected a value, found \(found) (JSON numbers are finite)")
        }
        throw cursor.error("expected a value, found \(found)")
    }

    private static func parseArray(_ cursor: inout JSONCursor, depth: Int) throws(JSONSyntaxError) -> JSONNode.Kind {
        if depth > maximumDepth { throw cursor.error("arrays and objects nest deeper than \(maximumDepth) levels") }
        cursor.advance()
        try skipWhitespace(&cursor)
        var elements: [JSONNode] = []
        if cursor.current == UInt8(ascii: "]") {
            cursor.advance()
            return .array(elements)
        }
        while true {
            elements.append(try parseValue(&cursor, depth: depth))
            try skipWhitespace(&cursor)
            switch cursor.current {
            case UInt8(ascii: ","):
                let comma = cursor.position
                cursor.advance()
                try skipWhitespace(&cursor)
                if cursor.current == UInt8(ascii: "]") { throw cursor.error("trailing comma before ']'", at: comma) }
            case UInt8(ascii: "]"):
                cursor.advance()
                return .array(elements)
            default:
                throw cursor.error("expected ',' or ']' after an array element, found \(cursor.foundDescription)")
            }
        }
    }

    private static func parseObject(_ cursor: inout JSONCursor, depth: Int) throws(JSONSyntaxError) -> JSONNode.Kind {
        if depth > maximumDepth { throw cursor.error("arrays and objects nest deeper than \(maximumDepth) levels") }
        cursor.advance()
        try skipWhitespace(&cursor)
        var members: [JSONMember] = []
        var keyLines: [String: Int] = [:]
        if cursor.current == UInt8(ascii: "}") {
            cursor.advance()
            return .object(members)
        }
        while true {
            guard cursor.current == UInt8(ascii: "\"") else {
                throw cursor.error("expected a key in double quotes, found \(cursor.foundDescription)")
            }
            let keyStart = cursor.position
            let key = try parseString(&cursor)
            if let firstLine = keyLines[key] {
                throw cursor.error("duplicate key '\(key)' (first at line \(firstLine))", at: keyStart)
            }
            keyLines[key] = keyStart.line
            try skipWhitespace(&cursor)
            guard cursor.current == UInt8(ascii: ":") else {
                throw cursor.error("expected ':' after the key '\(key)', found \(cursor.foundDescription)")
            }
            cursor.advance()
            try skipWhitespace(&cursor)
            let value = try parseValue(&cursor, depth: depth)
            members.append(JSONMember(key: key, keyLine: keyStart.line, keyColumn: keyStart.column, value: value))
            try skipWhitespace(&cursor)
            switch cursor.current {
            case UInt8(ascii: ","):
                let comma = cursor.position
                cursor.advance()
                try skipWhitespace(&cursor)
                if cursor.current == UInt8(ascii: "}") { throw cursor.error("trailing comma before '}'", at: comma) }
            case UInt8(ascii: "}"):
                cursor.advance()
                return .object(members)
            default:
                throw cursor.error("expected ',' or '}' after an object member, found \(cursor.foundDescription)")
            }
        }
    }

    /// Reads a number literal per the RFC grammar and returns its text unchanged.
    private static func parseNumber(_ cursor: inout JSONCursor) throws(JSONSyntaxError) -> String {
        let start = cursor.offset
        let startPosition = cursor.position
        if cursor.current == UInt8(ascii: "-") { cursor.advance() }
        guard let first = cursor.current, isDigit(first) else {
            throw cursor.error("expected a digit after '-', found \(cursor.foundDescription)")
        }
        cursor.advance()
        if first == UInt8(ascii: "0"), let next = cursor.current, isDigit(next) {
            throw cursor.error("a number cannot have a leading zero", at: startPosition)
        }
        skipDigits(&cursor)
        if cursor.current == UInt8(ascii: ".") {
            cursor.advance()
            guard let next = cursor.current, isDigit(next) else {
                throw cursor.error("expected a digit after the decimal point, found \(cursor.foundDescription)")
            }
            skipDigits(&cursor)
        }
        if cursor.current == UInt8(ascii: "e") || cursor.current == UInt8(ascii: "E") {
            cursor.advance()
            if cursor.current == UInt8(ascii: "+") || cursor.current == UInt8(ascii: "-") { cursor.advance() }
            guard let next = cursor.current, isDigit(next) else {
                throw cursor.error("expected a digit in the exponent, found \(cursor.foundDescription)")
            }
            skipDigits(&cursor)
        }
        return String(decoding: cursor.bytes[start..<cursor.offset], as: UTF8.self)
    }

    private static func skipDigits(_ cursor: inout JSONCursor) {
        while let byte = cursor.current, isDigit(byte) { cursor.advance() }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
