/// A mobile number in E.164 form (`+6281234567890`).
///
/// Indonesian people write their numbers `0812…` or `62812…`; both become `+62812…`.
/// Spaces, dashes, dots and parentheses are ignored.
public struct PhoneNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The E.164 form, `+` and 8 to 15 digits.
    public let value: String

    /// Normalises and validates `text`.
    public init(_ text: String) throws(PortalError) {
        var compact = text.filter { !" -.()".contains($0) }
        if compact.hasPrefix("0") {
            compact = "+62" + compact.dropFirst()
        } else if compact.hasPrefix("62") {
            compact = "+" + compact
        }
        guard compact.hasPrefix("+") else { throw .invalidPhone(text) }
        let digits = compact.dropFirst()
        guard (8...15).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), digits.first != "0" else {
            throw .invalidPhone(text)
        }
        value = compact
    }

    /// Orders by the E.164 text.
    public static func < (a: PhoneNumber, b: PhoneNumber) -> Bool { a.value < b.value }

    /// The E.164 form.
    public var description: String { value }
}
