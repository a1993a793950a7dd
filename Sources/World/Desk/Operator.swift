import Portal

/// Someone who works the desk: a name the audit log records, and a role that decides what
/// they may do (`Helpdesk` holds the rule of which role may do what).
public struct Operator: Equatable, Sendable {
    /// What an operator is for. Stored in `operators.role` as the raw value.
    public enum Role: String, CaseIterable, Sendable {
        /// First line: diagnose, unlock one account, reset passwords, work tickets.
        case agent
        /// An agent who may also bulk-unlock, override a refusal (`--force`) and publish notices.
        case supervisor
        /// Reads everything, changes nothing; sees personal data masked.
        case auditor
        /// Manages operators, and may do everything else.
        case admin
    }

    /// The name typed after `--as` (`admin`, `rina`).
    public let name: String
    public let role: Role
    /// When the operator was added, at the world clock.
    public let createdAt: Instant

    /// Makes an operator value (the store adds them).
    public init(name: String, role: Role, createdAt: Instant) {
        self.name = name
        self.role = role
        self.createdAt = createdAt
    }

    /// Whether `name` can be an operator's name: 1 to 32 of a–z, 0–9, `.`, `_` and `-`,
    /// starting with a letter (it is typed after `--as` and shown in every audit line).
    public static func isValidName(_ name: String) -> Bool {
        guard (1...32).contains(name.utf8.count), let first = name.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
        else { return false }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }
}
