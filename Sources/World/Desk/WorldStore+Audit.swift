import Portal
import SQLiteDB

extension WorldStore {
    /// Runs a desk action and audits it, all in one transaction: the change and its audit line
    /// are written together or not at all. `body` fills in the draft's `detail`; the store's
    /// operations it calls join this transaction.
    ///
    /// When `body` throws, everything it did is undone and nothing is audited: the caller audits
    /// the refusal with `auditRefusal` (in a transaction of its own, so the refusal is kept).
    public func audited<T>(_ draft: AuditDraft, _ body: (inout AuditDraft) throws -> T) throws -> T {
        try transaction { now in
            isJoiningTransactions = true
            defer { isJoiningTransactions = false }
            var draft = draft
            let result = try body(&draft)
            try appendAudit(draft, outcome: .done, at: now)
            return result
        }
    }

    /// Audits a refused desk action (a role without the permission, a rule that said no, bad input).
    public func auditRefusal(_ draft: AuditDraft, why: String) throws {
        var draft = draft
        draft.detail = why
        try transaction { now in try appendAudit(draft, outcome: .refused, at: now) }
    }

    /// The audit log, oldest first; `limit` keeps the newest entries.
    public func auditEntries(limit: Int? = nil) throws -> [AuditEntry] {
        try read { _ in
            let rows = try connection.query(
                "SELECT * FROM (SELECT * FROM audit ORDER BY seq DESC LIMIT ?) ORDER BY seq", [Int64(limit ?? Int.max)])
            return rows.compactMap(Self.auditEntry)
        }
    }

    /// Walks the chain: every entry's hash must match its fields and the one before it, the
    /// numbers must run 1, 2, 3… without a gap, and the newest hash must be the one `meta`
    /// remembers. Returns the first break, or nil when the chain is whole.
    public func verifyAudit() throws -> (entries: Int, firstBreak: AuditBreak?) {
        try read { _ in
            var previous = AuditEntry.genesis
            var expectedSeq: Int64 = 1
            var count = 0
            for row in try connection.query("SELECT * FROM audit ORDER BY seq") {
                guard let entry = Self.auditEntry(row) else {
                    return (count, AuditBreak(seq: row.int("seq") ?? expectedSeq, why: "a field holds a value apoa never writes"))
                }
                if entry.seq != expectedSeq {
                    return (count, AuditBreak(seq: expectedSeq, why: "entry \(expectedSeq) is missing (the next is \(entry.seq))"))
                }
                if entry.previousHash != previous {
                    return (count, AuditBreak(seq: entry.seq, why: "it does not follow the entry before it (previous hash differs)"))
                }
                if entry.hash != entry.expectedHash {
                    return (count, AuditBreak(seq: entry.seq, why: "its fields were changed after it was written (hash differs)"))
                }
                previous = entry.hash
                expectedSeq += 1
                count += 1
            }
            let head = try connection.scalar("SELECT value FROM meta WHERE key = 'audit_head'").textValue ?? AuditEntry.genesis
            if head != previous {
                return (count, AuditBreak(seq: expectedSeq, why: "entries from \(expectedSeq) on were removed (the chain ends early)"))
            }
            return (count, nil)
        }
    }

    private func appendAudit(_ draft: AuditDraft, outcome: AuditEntry.Outcome, at now: Instant) throws {
        let last = try connection.queryRow("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        let seq = (last?.int("seq") ?? 0) + 1
        let previous = last?.text("hash") ?? AuditEntry.genesis
        let entry = AuditEntry(seq: seq, at: now, operatorName: draft.operatorName, role: draft.role, action: draft.action,
                               target: draft.target, ticket: draft.ticket, detail: draft.detail, outcome: outcome,
                               previousHash: previous, hash: "")
        let hash = entry.expectedHash
        try connection.run("""
            INSERT INTO audit (seq, at, operator, role, action, target, ticket, detail, outcome, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [seq, now.millisecondsSince1970, draft.operatorName, draft.role, draft.action, draft.target, draft.ticket,
                  draft.detail, outcome.rawValue, previous, hash])
        try connection.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)", [hash])
    }

    private static func auditEntry(_ row: Row) -> AuditEntry? {
        guard let seq = row.int("seq"), let at = row.int("at"), let name = row.text("operator"), let role = row.text("role"),
              let action = row.text("action"), let detail = row.text("detail"),
              let outcome = row.text("outcome").flatMap(AuditEntry.Outcome.init(rawValue:)),
              let previous = row.text("previous_hash"), let hash = row.text("hash") else { return nil }
        return AuditEntry(seq: seq, at: Instant(millisecondsSince1970: at), operatorName: name, role: role, action: action,
                          target: row.text("target"), ticket: row.int("ticket"), detail: detail, outcome: outcome,
                          previousHash: previous, hash: hash)
    }
}
