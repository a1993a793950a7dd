/// An optional instant kept as one word: milliseconds since 1970, `Int64.min` for none.
///
/// How the login records hold their times, and how the simulator keeps them for each person:
/// an `Instant?` is a word and a tag, and converting between the two forms on every simulated
/// login (to make the record, and again to keep it) was a share of the login path. The one
/// instant it cannot hold, `Int64.min` milliseconds (292 million years before 1970), reads as none.
extension Instant {
    /// The stored form of "no instant".
    public static let noneMilliseconds = Int64.min

    /// The instant stored as `milliseconds`, or nil for `noneMilliseconds`.
    @inlinable
    public init?(storedMilliseconds milliseconds: Int64) {
        guard milliseconds != Self.noneMilliseconds else { return nil }
        self.init(millisecondsSince1970: milliseconds)
    }
}

extension Optional where Wrapped == Instant {
    /// The stored form: milliseconds since 1970, or `Instant.noneMilliseconds` for nil.
    @inlinable
    public var storedMilliseconds: Int64 {
        self?.millisecondsSince1970 ?? Instant.noneMilliseconds
    }
}
