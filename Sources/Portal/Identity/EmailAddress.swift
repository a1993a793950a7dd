/// An e-mail address, lower-cased: `local@domain.tld`, at most 254 characters.
///
/// Deliberately simple: the portal proves an address by sending to it, not by parsing it.
public struct EmailAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The lower-cased address.
    public let value: String

    /// Validates and lower-cases `text`.
    public init(_ text: String) throws(PortalError) {
        let lowered = text.lowercased()
        let parts = lowered.split(separator: "@", omittingEmptySubsequences: false)
        guard lowered.count <= 254, parts.count == 2,
              let local = parts.first, let domain = parts.last,
              (1...64).contains(local.count),
              local.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "," && $0 != ";" }),
              Self.isDomain(domain) else {
            throw .invalidEmail(text)
        }
        value = lowered
    }

    private static func isDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count)
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                && label.first != "-" && label.last != "-"
        }
    }

    /// Orders alphabetically.
    public static func < (a: EmailAddress, b: EmailAddress) -> Bool { a.value < b.value }

    /// The address.
    public var description: String { value }
}
