/// The position of a case in its enum's declaration, for tables indexed by case: an enum
/// without payloads is stored as that number, so reading it costs nothing (no switch, no
/// hashing of its raw value). Used where millions of events are encoded or written.
///
/// Only for enums without payloads and with 2 to 256 cases (one byte, never zero bytes);
/// `CaseOrdinalTests` checks every conforming enum against `allCases`.
public protocol CaseOrdinal: CaseIterable {}

extension CaseOrdinal {
    /// 0 for the first case declared, 1 for the next, and so on.
    @inlinable
    public var ordinal: Int {
        withUnsafeBytes(of: self) { Int($0[0]) }
    }
}

extension EventKind: CaseOrdinal {}
extension ReasonCode: CaseOrdinal {}
extension Channel: CaseOrdinal {}
extension Component: CaseOrdinal {}
extension AccountKind: CaseOrdinal {}
extension Verification: CaseOrdinal {}
