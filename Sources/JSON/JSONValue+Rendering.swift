extension JSONValue {
    /// The JSON text of this value, without a trailing newline.
    ///
    /// - `pretty: true` puts one element or member per line, indented by two spaces, with
    ///   `"key": value`; empty arrays and objects stay inline as `[]` and `{}`.
    /// - `pretty: false` writes no whitespace at all.
    ///
    /// Members keep their order, so the same value always gives the same bytes.
    /// Strings escape `"`, `\` and control characters (`\n \r \t \b \f`, the rest as `\u00xx`
    /// with lower-case hex); other characters, including non-ASCII and `/`, are written as UTF-8.
    /// A finite double is written as Swift's shortest round-trip `description` (`0.1`, `1e-07`,
    /// `-0.0`, `100.0`), which is valid JSON and parses back to the same bits.
    /// NaN and the infinities are not JSON and are written as `null`.
    public func rendered(pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        write(into: &out, pretty: pretty, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let value):
            out.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer(let value):
            out.append(contentsOf: String(value).utf8)
        case .double(let value):
            out.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
        case .string(let value):
            JSONValue.appendQuoted(value, to: &out)
        case .array(let elements):
            guard !elements.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.appendNewline(indentedBy: depth + 1, to: &out) }
                element.write(into: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty { JSONValue.appendNewline(indentedBy: depth, to: &out) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.appendNewline(indentedBy: depth + 1, to: &out) }
                JSONValue.appendQuoted(key, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty { JSONValue.appendNewline(indentedBy: depth, to: &out) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func appendNewline(indentedBy depth: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends `text` as a quoted JSON string literal.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0x00..<0x20:
                // Bytes below 0x20 are always whole characters in UTF-8, so escaping per byte is safe.
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as a quoted JSON string literal.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
