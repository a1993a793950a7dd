/// A read position in UTF-8 bytes that keeps the 1-based line and column up to date.
///
/// Columns count Unicode scalars: continuation bytes do not move the column. `\n`, `\r\n`
/// and a lone `\r` each end a line.
struct JSONCursor {
    /// A line and column in the text.
    struct Position {
        let line: Int
        let column: Int
    }

    let bytes: [UInt8]
    private(set) var offset: Int
    private(set) var line = 1
    private(set) var column = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // Editors on some systems save a byte-order mark; RFC 8259 lets a parser ignore it,
        // and a person would not see why their file "starts with an unexpected character".
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        offset = hasByteOrderMark ? 3 : 0
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The byte at the read position, nil at the end.
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// The byte `distance` past the read position, nil past the end.
    func peek(_ distance: Int = 1) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    var position: Position { Position(line: line, column: column) }

    /// Moves past one byte.
    mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "\n"):
            line += 1
            column = 1
        case UInt8(ascii: "\r"):
            // In "\r\n" the "\n" ends the line; a lone "\r" ends it by itself.
            if current == UInt8(ascii: "\n") {
                column += 1
            } else {
                line += 1
                column = 1
            }
        default:
            if byte & 0xC0 != 0x80 { column += 1 }
        }
    }

    /// Moves past `count` bytes.
    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// An error at the read position.
    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: column, message: message)
    }

    /// An error at an earlier position.
    func error(_ message: String, at position: Position) -> JSONSyntaxError {
        JSONSyntaxError(line: position.line, column: position.column, message: message)
    }

    /// How a message names what is at the read position after "found": `the end of the text`,
    /// a word such as `'NaN'`, one character such as `'}'`, or a control character as `U+0009`.
    var foundDescription: String {
        guard let byte = current else { return "the end of the text" }
        if JSONCursor.isWordByte(byte) {
            var end = offset
            while end < bytes.count, end - offset < 24, JSONCursor.isWordByte(bytes[end]) { end += 1 }
            return "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
        }
        let scalar = scalarAtOffset
        if scalar.value < 0x20 || scalar.value == 0x7F {
            return "the control character \(JSONCursor.codePoint(scalar.value))"
        }
        return "'\(Character(scalar))'"
    }

    /// The Unicode scalar starting at the read position; the bytes must be valid UTF-8.
    var scalarAtOffset: Unicode.Scalar {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// `U+0009` style: at least four upper-case hex digits.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
