/// A GO ID username: 3 to 32 of `a-z 0-9 . _ -`, starting with a letter or digit.
///
/// Usernames are compared without case (stored lower-case), as Keycloak does; passwords are
/// case-sensitive.
public struct Username: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The lower-cased username.
    public let value: String

    /// Validates and lower-cases `text`.
    public init(_ text: String) throws(PortalError) {
        let lowered = text.lowercased()
        guard (3...32).contains(lowered.count) else {
            throw .invalidUsername(text, why: "expected 3 to 32 characters")
        }
        guard lowered.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw .invalidUsername(text, why: "expected only letters a-z, digits, '.', '_' and '-'")
        }
        guard let first = lowered.first, first.isLetter || first.isNumber else {
            throw .invalidUsername(text, why: "expected a letter or digit first")
        }
        value = lowered
    }

    /// Orders alphabetically.
    public static func < (a: Username, b: Username) -> Bool { a.value < b.value }

    /// The username.
    public var description: String { value }
}
