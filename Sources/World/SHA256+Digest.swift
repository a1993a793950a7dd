extension SHA256 {
    /// A SHA-256 digest: 32 bytes, shown as 64 lower-case hex digits.
    public struct Digest: Hashable, Sendable, CustomStringConvertible {
        /// The 32 digest bytes in the order FIPS 180-4 prints them.
        public let bytes: [UInt8]

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// Parses 64 hex digits, upper or lower case; returns `nil` for any other text.
        public init?(hex: String) {
            let digits = Array(hex.utf8)
            guard digits.count == 64 else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(32)
            for index in stride(from: 0, to: 64, by: 2) {
                guard let high = Self.value(ofHexDigit: digits[index]),
                      let low = Self.value(ofHexDigit: digits[index + 1])
                else { return nil }
                bytes.append(high << 4 | low)
            }
            self.bytes = bytes
        }

        /// The digest as 64 lower-case hex digits, the form `sha256sum` prints.
        public var description: String {
            var text: [UInt8] = []
            text.reserveCapacity(2 * bytes.count)
            for byte in bytes {
                text.append(Self.hexDigit(byte >> 4))
                text.append(Self.hexDigit(byte & 0x0f))
            }
            return String(decoding: text, as: UTF8.self)
        }

        private static func hexDigit(_ nibble: UInt8) -> UInt8 {
            nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
        }

        private static func value(ofHexDigit digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }
}
