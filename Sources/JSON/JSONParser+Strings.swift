extension JSONParser {
    /// Reads a string literal at the opening quote and returns its text with escapes resolved.
    static func parseString(_ cursor: inout JSONCursor) throws(JSONSyntaxError) -> String {
        let start = cursor.position
        cursor.advance()
        var text: [UInt8] = []
        while true {
            guard let byte = cursor.current else { throw cursor.error("unterminated string", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                cursor.advance()
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(&cursor, into: &text, stringStart: start)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // A line break inside a string almost always means a missing closing quote.
                throw cursor.error("unterminated string", at: start)
            case 0x00..<0x20:
                throw cursor.error("a string cannot hold the control character \(JSONCursor.codePoint(UInt32(byte))) unescaped")
            default:
                text.append(byte)
                cursor.advance()
            }
        }
    }

    private static func parseEscape(
        _ cursor: inout JSONCursor, into text: inout [UInt8], stringStart: JSONCursor.Position
    ) throws(JSONSyntaxError) {
        let start = cursor.position
        cursor.advance()
        guard let byte = cursor.current else { throw cursor.error("unterminated string", at: stringStart) }
        let simple: UInt8?
        switch byte {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            let scalar = cursor.scalarAtOffset
            let isControl = scalar.value < 0x20 || scalar.value == 0x7F
            let shown = isControl ? JSONCursor.codePoint(scalar.value) : String(Character(scalar))
            throw cursor.error("invalid escape '\\\(shown)' in a string", at: start)
        }
        if let simple {
            text.append(simple)
            cursor.advance()
            return
        }
        cursor.advance()
        let unit = try parseHexUnit(&cursor, escapeStart: start)
        let scalarValue: UInt32
        switch unit {
        case 0xD800...0xDBFF:
            // A high surrogate must be followed at once by an escaped low surrogate.
            guard cursor.current == UInt8(ascii: "\\"), cursor.peek() == UInt8(ascii: "u") else {
                throw cursor.error("lone surrogate \\u\(hex(unit)) in a string", at: start)
            }
            let lowStart = cursor.position
            cursor.advance(by: 2)
            let low = try parseHexUnit(&cursor, escapeStart: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw cursor.error("lone surrogate \\u\(hex(unit)) in a string", at: start)
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        case 0xDC00...0xDFFF:
            throw cursor.error("lone surrogate \\u\(hex(unit)) in a string", at: start)
        default:
            scalarValue = UInt32(unit)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            preconditionFailure("surrogates are handled above, so every other value below 0x110000 is a scalar")
        }
        text.append(contentsOf: String(Character(scalar)).utf8)
    }

    private static func parseHexUnit(_ cursor: inout JSONCursor, escapeStart: JSONCursor.Position) throws(JSONSyntaxError) -> UInt16 {
        var unit: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = cursor.current, let digit = hexValue(byte) else {
                throw cursor.error("expected four hex digits after '\\u'", at: escapeStart)
            }
            unit = unit << 4 | UInt16(digit)
            cursor.advance()
        }
        return unit
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
