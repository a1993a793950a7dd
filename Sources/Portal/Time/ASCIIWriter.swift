/// Writes ASCII text straight into a new string's storage: formatting an instant field by field
/// through `String` appends cost several allocations and most of a microsecond.
struct ASCIIWriter {
    /// Room for the longest date-time with offset (a 20-character year and 26 more), with some to
    /// spare; `append(contentsOf:)` needs room beyond it.
    private static let capacity = 64

    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The text `body` writes, plus room for `extra` bytes of appended strings.
    static func string(extra: Int = 0, _ body: (inout ASCIIWriter) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity + extra) { buffer in
            var writer = ASCIIWriter(buffer: buffer)
            body(&writer)
            return writer.count
        }
    }

    /// Appends one ASCII character.
    mutating func append(_ character: Unicode.Scalar) {
        precondition(character.isASCII && count < buffer.count, "ASCIIWriter writes ASCII within its capacity")
        buffer[count] = UInt8(truncatingIfNeeded: character.value)
        count += 1
    }

    /// Appends the UTF-8 bytes of `text`, which the caller counted in `extra`.
    mutating func append(contentsOf text: String) {
        for byte in text.utf8 {
            precondition(count < buffer.count, "ASCIIWriter writes within its capacity")
            buffer[count] = byte
            count += 1
        }
    }

    /// Appends `value` in decimal, zero-padded to at least `width` digits after any sign.
    mutating func appendPadded(_ value: Int, width: Int) {
        if value < 0 { append("-") }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        var digitCount = 1
        while digitCount < width || magnitude / divisor >= 10 {
            divisor *= 10
            digitCount += 1
        }
        while divisor > 0 {
            append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / divisor % 10)))
            divisor /= 10
        }
    }

    /// Appends `2026-12-01T09:30:15.250`: seconds when `alwaysSeconds` or non-zero, milliseconds
    /// when asked for and non-zero.
    mutating func appendDateTime(
        _ local: LocalDateTime, separator: Unicode.Scalar, alwaysSeconds: Bool, milliseconds: Bool
    ) {
        appendPadded(local.year, width: 4)
        append("-")
        appendPadded(local.month, width: 2)
        append("-")
        appendPadded(local.day, width: 2)
        append(separator)
        appendPadded(local.hour, width: 2)
        append(":")
        appendPadded(local.minute, width: 2)
        if alwaysSeconds || local.second != 0 {
            append(":")
            appendPadded(local.second, width: 2)
        }
        if milliseconds, local.millisecond != 0 {
            append(".")
            appendPadded(local.millisecond, width: 3)
        }
    }

    /// Appends `+07:00`, `-03:30` or `+00:00` (never `Z`). Seconds of an offset (only local mean
    /// times before 1970 have them) are dropped.
    mutating func appendOffset(milliseconds: Int64) {
        append(milliseconds < 0 ? "-" : "+")
        let minutes = Int(milliseconds.magnitude / 60_000)
        appendPadded(minutes / 60, width: 2)
        append(":")
        appendPadded(minutes % 60, width: 2)
    }
}
