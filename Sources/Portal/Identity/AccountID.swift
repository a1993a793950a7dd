/// The number of an account in the world (the `accounts.id` row).
public struct AccountID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The row number.
    public let rawValue: Int64

    /// Wraps a row number.
    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Orders by row number.
    public static func < (a: AccountID, b: AccountID) -> Bool { a.rawValue < b.rawValue }

    /// The row number in decimal.
    public var description: String { String(rawValue) }
}
