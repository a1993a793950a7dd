/// The label of the device a request came from (`phone-1`, `d482-1`, `cafe12-pc3`): one word
/// of 1 to 40 bytes of UTF-8, held inline.
///
/// Plain data rather than a `String`: the simulator puts a login's device on the attempt, its
/// code challenge, its session and every event it makes, millions of times a second, and each
/// copy of a string was a reference count taken and dropped. A label copies as bytes.
///
/// Forty bytes hold what a person may type at `--device` and every label the portal makes
/// itself, the longest being a cast member's `<username>-phone` (32 + 6). A label is one word —
/// no spaces, line breaks or control characters — so it is logged as it is
/// (`expected=phone-1` in an event's detail).
public struct DeviceLabel: Hashable, Sendable, BitwiseCopyable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The most bytes of UTF-8 a label holds.
    public static let capacity = 40

    // The bytes in order, eight to a word from its lowest byte, zero past `length`, so equal
    // labels have equal words. Five stored words rather than a tuple, so that equality and
    // hashing are synthesised; visible to inlined code, so that the simulator's labels are
    // spelled in place, without calls.
    @usableFromInline var word0: UInt64 = 0
    @usableFromInline var word1: UInt64 = 0
    @usableFromInline var word2: UInt64 = 0
    @usableFromInline var word3: UInt64 = 0
    @usableFromInline var word4: UInt64 = 0
    @usableFromInline var length: UInt8 = 0

    /// The label `text`; nil when it is empty, longer than `capacity` bytes of UTF-8, or holds a
    /// space, line break, control or format character. (Given a literal, `DeviceLabel("phone-1")`
    /// is the literal's label, as Swift reads it: not optional, and checked as a literal is.)
    public init?(_ text: String) {
        guard (1...Self.capacity).contains(text.utf8.count), text.unicodeScalars.allSatisfy(Self.isInWord) else { return nil }
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// A label the program spells itself (`"browser-1"`): it must be a label as `init?(_:)`
    /// takes one; only its length is checked (a broken one stops the program).
    public init(stringLiteral text: StaticString) {
        var interpolation = StringInterpolation(literalCapacity: text.utf8CodeUnitCount, interpolationCount: 0)
        interpolation.appendLiteral(text)
        self.init(stringInterpolation: interpolation)
    }

    /// A label the program spells from numbers (`"d\(person)-\(device)"`), byte by byte
    /// without making a `String`; as for a literal, only its length is checked.
    @inlinable
    public init(stringInterpolation: StringInterpolation) {
        precondition(stringInterpolation.label.length > 0, "a device label is never empty")
        self = stringInterpolation.label
    }

    /// The parts of a label spelled with `\(…)`: literal text, whole numbers and text.
    ///
    /// Made on every simulated login, so each part is written straight into the label's words;
    /// literals are static strings, whose bytes are known when compiling.
    public struct StringInterpolation: StringInterpolationProtocol {
        @usableFromInline var label = DeviceLabel()

        /// Starts an empty label.
        @inlinable
        public init(literalCapacity: Int, interpolationCount: Int) {}

        /// Appends literal text.
        @inlinable @inline(__always)
        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { label.append(UnsafeRawBufferPointer($0)) }
        }

        /// Appends text.
        public mutating func appendInterpolation(_ text: String) {
            var text = text
            text.withUTF8 { label.append(UnsafeRawBufferPointer($0)) }
        }

        /// Appends a whole number in decimal, as `String(number)` writes it.
        @inlinable @inline(__always)
        public mutating func appendInterpolation(_ number: Int) {
            if number < 0 { appendLiteral("-") }
            label.appendDecimal(UInt64(number.magnitude))
        }
    }

    @usableFromInline
    init() {}

    /// Makes room for `count` more bytes; returns where they end.
    @inlinable @inline(__always)
    mutating func reserve(_ count: Int) -> Int {
        let end = Int(length) + count
        precondition(end <= Self.capacity, "a device label holds at most \(Self.capacity) bytes")
        length = UInt8(truncatingIfNeeded: end)
        return end
    }

    @inlinable @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let start = reserve(bytes.count) - bytes.count
        for index in 0..<bytes.count { place(UInt64(bytes[index]), at: start + index) }
    }

    /// Puts up to eight bytes, the first in the lowest, at byte `start` (past the end, all zero).
    @inlinable @inline(__always)
    mutating func place(_ bytes: UInt64, at start: Int) {
        let shift = 8 * (start % 8)
        merge(bytes << shift, intoWord: start / 8)
        if shift > 0 { merge(bytes >> (64 - shift), intoWord: start / 8 + 1) }
    }

    @inlinable @inline(__always)
    mutating func merge(_ bits: UInt64, intoWord index: Int) {
        switch index {
        case 0: word0 |= bits
        case 1: word1 |= bits
        case 2: word2 |= bits
        case 3: word3 |= bits
        case 4: word4 |= bits
        default: break
        }
    }

    /// Appends `value` in decimal, eight digits at a time.
    @inlinable
    mutating func appendDecimal(_ value: UInt64) {
        guard value >= 100_000_000 else { return appendDigits(value, isPadded: false) }
        let (high, low) = value.quotientAndRemainder(dividingBy: 100_000_000)
        if high >= 100_000_000 {
            appendDigits(high / 100_000_000, isPadded: false)
            appendDigits(high % 100_000_000, isPadded: true)
        } else {
            appendDigits(high, isPadded: false)
        }
        appendDigits(low, isPadded: true)
    }

    /// Appends `value` (below 10⁸) in decimal, with leading zeros to eight digits when `isPadded`.
    ///
    /// The digits are worked out together, in the lanes of one word rather than by a division
    /// each (labels are spelled on every simulated login): the two halves of four digits, in
    /// each the two pairs (/ 100 as × 10486 >> 20), in each pair the two digits (/ 10 as
    /// × 103 >> 10), both exact in these ranges. The first digit ends in the lowest byte, as the
    /// label keeps its bytes.
    @inlinable @inline(__always)
    mutating func appendDigits(_ value: UInt64, isPadded: Bool) {
        let (bytes, count) = isPadded ? (Self.digitLanes(value) | 0x3030_3030_3030_3030, 8) : Self.decimalBytes(value)
        place(bytes, at: reserve(count) - count)
    }

    /// The eight decimal digits of `value` (below 10⁸, leading zeros included) as numbers 0–9,
    /// one to a byte, the first in the lowest (see `appendDigits`).
    @inlinable @inline(__always)
    static func digitLanes(_ value: UInt64) -> UInt64 {
        var lanes = (value / 10_000) | ((value % 10_000) << 32)
        let hundreds = ((lanes &* 10_486) >> 20) & 0x0000_007F_0000_007F
        lanes = hundreds | ((lanes &- hundreds &* 100) << 16)
        let tens = ((lanes &* 103) >> 10) & 0x000F_000F_000F_000F
        return tens | ((lanes &- tens &* 10) << 8)
    }

    /// `value` (below 10⁸) in decimal as `String(value)` spells it: its UTF-8 bytes, the first
    /// in the lowest byte of `bytes` and zero past the last, and how many there are (1 to 8).
    /// For code that puts a label's words together itself (`init(word0:word1:length:)`).
    @inlinable @inline(__always)
    public static func decimalBytes(_ value: UInt64) -> (bytes: UInt64, count: Int) {
        precondition(value < 100_000_000, "decimalBytes spells numbers below 10⁸")
        let lanes = digitLanes(value)
        // Leading zeros are the low zero bytes; a number keeps at least one digit.
        let skipped = min(lanes.trailingZeroBitCount &>> 3, 7)
        return ((lanes | 0x3030_3030_3030_3030) &>> UInt64(8 &* skipped), 8 &- skipped)
    }

    /// `bytes` (up to eight, the first in the lowest) moved to start at byte `start` (0 to 15)
    /// of a label's first two words; OR the results of several together to spell a label
    /// (`init(word0:word1:length:)`). Bytes shifted past the sixteenth are lost.
    @inlinable @inline(__always)
    public static func placed(_ bytes: UInt64, at start: Int) -> (word0: UInt64, word1: UInt64) {
        let shift = UInt64(start & 7) &* 8
        let low = bytes &<< shift
        let high = shift == 0 ? 0 : bytes &>> (64 &- shift)
        return start < 8 ? (low, high) : (0, low)
    }

    /// The label of `length` bytes (1 to 16) held, eight to a word from its lowest byte, in
    /// `word0` and `word1`: for code that spells labels in registers, millions of times (the
    /// simulator's devices), without a buffer or a call. Like a literal, it must be a label as
    /// `init?(_:)` takes one, and every byte past `length` must be zero (equal labels have
    /// equal words); only `length` is checked.
    @inlinable @inline(__always)
    public init(word0: UInt64, word1: UInt64, length: Int) {
        precondition(length > 0 && length <= 16, "a label given as two words holds 1 to 16 bytes")
        assert(length > 8 ? length == 16 || word1 >> (8 * (length - 8)) == 0 : word1 == 0 && (length == 8 || word0 >> (8 * length) == 0),
               "a label's bytes past its length are zero")
        self.word0 = word0
        self.word1 = word1
        self.length = UInt8(truncatingIfNeeded: length)
    }

    /// Whether a character may be part of a label: anything but spaces, line breaks and control
    /// or format characters (which would let a label forge or break a log line).
    private static func isInWord(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
            && scalar.properties.generalCategory != .format
    }

    /// Calls `body` with the label's UTF-8 bytes (valid only inside `body`), without making a `String`.
    @inlinable
    public func withUTF8<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        // Five words in a tuple lie one after another; little-endian, their bytes are in order.
        let words = (word0.littleEndian, word1.littleEndian, word2.littleEndian, word3.littleEndian, word4.littleEndian)
        return try withUnsafeBytes(of: words) { try body(UnsafeRawBufferPointer(start: $0.baseAddress, count: Int(length))) }
    }

    /// The label's text.
    public var description: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}
