import Portal

/// One line of the desk's audit log: who did (or tried) what, to whom, when, and how it ended.
public struct AuditEntry: Equatable, Sendable {
    /// Done, or refused (by a role, a rule or bad input) — a refusal is audited too.
    public enum Outcome: String, Sendable {
        case done
        case refused
    }

    /// Position in the chain, from 1.
    public let seq: Int64
    /// At the world clock.
    public let at: Instant
    /// The operator's name as given (an unknown name is audited as given, with role `none`).
    public let operatorName: String
    /// The role the operator had then (`none` for an unknown name).
    public let role: String
    /// The command's name: `unlock`, `reset-password`, `operator-add`, ...
    public let action: String
    /// Whom or what it was about (`ani.wijaya`, `ticket 12`), as typed; nil for none.
    public let target: String?
    /// The ticket it was done for, when one was named.
    public let ticket: Int64?
    /// What was done, or why it was refused.
    public let detail: String
    public let outcome: Outcome
    /// The previous entry's hash (64 zeros for the first).
    public let previousHash: String
    /// SHA-256 of this entry's fields and `previousHash`.
    public let hash: String

    /// The hash of the first entry's "previous" entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The text the hash is computed over: every field, each prefixed by its length, so no two
    /// different entries can give the same text.
    static func canonical(seq: Int64, at: Instant, operatorName: String, role: String, action: String, target: String?,
                          ticket: Int64?, detail: String, outcome: Outcome, previousHash: String) -> String {
        let fields = [String(seq), String(at.millisecondsSince1970), operatorName, role, action, target ?? "-",
                      ticket.map(String.init) ?? "-", detail, outcome.rawValue, previousHash]
        return fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    /// The hash this entry should have, from its own fields.
    var expectedHash: String {
        var hasher = SHA256()
        hasher.update(Array(Self.canonical(seq: seq, at: at, operatorName: operatorName, role: role, action: action,
                                           target: target, ticket: ticket, detail: detail, outcome: outcome,
                                           previousHash: previousHash).utf8))
        return hasher.finalize().description
    }
}

/// What a desk action will write to the audit log; the action fills in `detail` as it goes.
public struct AuditDraft: Sendable {
    public let operatorName: String
    public let role: String
    public let action: String
    /// Whom or what it is about; an action that makes its target (a new notice) names it as it goes.
    public var target: String?
    public let ticket: Int64?
    /// What was done (set by the action before it returns).
    public var detail: String

    /// A draft for `action` by `actor` (or by an unknown name, audited with role `none`).
    public init(by actor: Operator?, named name: String, action: String, target: String?, ticket: Int64? = nil, detail: String = "") {
        self.operatorName = actor?.name ?? name
        self.role = actor?.role.rawValue ?? "none"
        self.action = action
        self.target = target
        self.ticket = ticket
        self.detail = detail
    }
}

/// Where `apoa audit verify` found the chain broken.
public struct AuditBreak: Equatable, Sendable {
    /// The first entry that does not fit (for a cut-off tail: the one after the last kept).
    public let seq: Int64
    /// What is wrong with it.
    public let why: String
}
