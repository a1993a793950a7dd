/// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence,
/// or nil when all of `bytes` is well-formed.
///
/// Follows Unicode's table of well-formed byte sequences: no overlong forms, no encoded
/// surrogates, nothing above U+10FFFF.
func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        // The allowed range of the second byte depends on the lead; the rest are 80...BF.
        let length: Int
        let second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: length = 2; second = 0x80...0xBF
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; second = 0x80...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4; second = 0x80...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        default: return index
        }
        guard index + 1 < bytes.count, second.contains(bytes[index + 1]) else { return index }
        for next in 2..<length {
            guard index + next < bytes.count, (0x80...0xBF).contains(bytes[index + next]) else { return index }
        }
        index += length
    }
    return nil
}
