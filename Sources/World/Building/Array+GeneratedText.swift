/// Writing generated text as bytes (`GeneratedAccountText`): names and numbers appended to a
/// buffer without making a `String` per value, or copying one through its iterator.
extension [UInt8] {
    /// Appends `text`'s UTF-8 bytes, copied at once from where the string keeps them.
    public mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends `value` (≥ 0) in decimal, with leading zeros up to `digits` digits.
    public mutating func appendDecimal(_ value: Int, digits: Int = 1) {
        precondition(value >= 0 && digits <= 20, "generated numbers are never negative, nor wider than an Int")
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            // Written from the end, then copied at once.
            var start = buffer.count
            var rest = value
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            while buffer.count - start < digits {
                start -= 1
                buffer[start] = UInt8(ascii: "0")
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}
