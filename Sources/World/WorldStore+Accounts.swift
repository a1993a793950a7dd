import JSON
import Portal
import SQLiteDB

extension WorldStore {
    /// Registers an account with its password (hashed with yescrypt; salt from `random`).
    ///
    /// Refused, with nothing written, when the profile contradicts itself, the password breaks
    /// the policy, or the username, e-mail, phone or a document is already on another account.
    public func addAccount<R: RandomNumberGenerator>(_ draft: NewAccount, password: String, random: inout R) throws -> Account {
        do {
            try draft.check()
            try policy.password.check(password, username: draft.username, email: draft.email)
        } catch {
            throw WorldError.refused(error)
        }
        // Hash before taking the write lock: it is the slow part.
        let hash: PasswordHash
        do {
            hash = try PasswordHash(hashing: password, using: &random)
        } catch {
            throw WorldError.refused(error)
        }
        return try transaction { now in
            try refuseDuplicates(of: draft)
            try connection.run("""
                INSERT INTO accounts (username, email, phone, kind, language, second_factor, verification, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?)
                """, [draft.username.value, draft.email.value, draft.phone?.value, draft.kind.rawValue,
                      draft.language.rawValue, draft.secondFactor.rawValue, draft.verification.rawValue,
                      now.millisecondsSince1970])
            let id = AccountID(connection.lastInsertRowID)
            for document in draft.documents {
                try connection.run("INSERT INTO identity_documents (type, number, account_id) VALUES (?, ?, ?)",
                                   [document.type.rawValue, document.number, id.rawValue])
            }
            try connection.run("INSERT INTO credentials (account_id, hash, changed_at) VALUES (?, ?, ?)",
                               [id.rawValue, hash.encoded, now.millisecondsSince1970])
            try connection.run("INSERT INTO brute_force (account_id) VALUES (?)", [id.rawValue])
            var events = EventList()
            events.record(Event(at: now, account: id, kind: .accountCreated, reason: .ok,
                                detail: .account(draft.kind, draft.verification)))
            try append(events.events)
            return draft.account(id: id, at: now)
        }
    }

    /// The account `who` names — username, e-mail, phone number or identity-document number —
    /// or `unknownAccount` with the closest usernames and e-mails.
    public func account(matching who: String) throws -> Account {
        try read { _ in try findAccount(who) }
    }

    /// Every account, by number.
    public func accounts() throws -> [Account] {
        try read { _ in try allAccounts() }
    }

    /// `account(matching:)` inside a transaction.
    func findAccount(_ who: String) throws -> Account {
        if let id = try accountID(matching: who) { return try loadAccount(id) }
        throw WorldError.unknownAccount(who, suggestions: try suggestions(for: who))
    }

    /// `accounts()` inside a transaction.
    func allAccounts() throws -> [Account] {
        try connection.query("SELECT id FROM accounts ORDER BY id").compactMap { row in
            try row.int("id").map { try loadAccount(AccountID($0)) }
        }
    }

    /// The account that logs in as `identifier` (a username or e-mail, as the login page takes).
    func loginAccountID(_ identifier: String) throws -> AccountID? {
        let lowered = identifier.lowercased()
        let column = lowered.contains("@") ? "email" : "username"
        return try connection.scalar("SELECT id FROM accounts WHERE \(column) = ?", [lowered]).integerValue.map(AccountID.init)
    }

    /// The account `who` names, trying e-mail, username, document number and phone in turn.
    func accountID(matching who: String) throws -> AccountID? {
        let trimmed = who.trimmingWhitespace()
        if trimmed.isEmpty { return nil }
        if let id = try loginAccountID(trimmed) { return id }
        let document = trimmed.filter { $0 != " " && $0 != "-" }.uppercased()
        if let id = try connection.scalar("SELECT account_id FROM identity_documents WHERE number = ? ORDER BY type LIMIT 1",
                                          [document]).integerValue {
            return AccountID(id)
        }
        if let phone = try? PhoneNumber(trimmed),
           let id = try connection.scalar("SELECT id FROM accounts WHERE phone = ?", [phone.value]).integerValue {
            return AccountID(id)
        }
        return nil
    }

    func loadAccount(_ id: AccountID) throws -> Account {
        guard let row = try connection.queryRow("SELECT * FROM accounts WHERE id = ?", [id.rawValue]) else {
            throw WorldError.unknownAccount(id.description, suggestions: [])
        }
        do {
            let documents = try connection.query(
                "SELECT type, number FROM identity_documents WHERE account_id = ? ORDER BY type", [id.rawValue]
            ).map { row in
                try IdentityDocument(type: try column(row, "type", table: "identity_documents"), number: row.text("number") ?? "")
            }
            return Account(
                id: id,
                username: try Username(row.text("username") ?? ""),
                email: try EmailAddress(row.text("email") ?? ""),
                phone: try row.text("phone").map { try PhoneNumber($0) },
                kind: try column(row, "kind"),
                documents: documents,
                language: try column(row, "language"),
                secondFactor: try column(row, "second_factor"),
                verification: try column(row, "verification"),
                status: try column(row, "status"),
                createdAt: Instant(millisecondsSince1970: row.int("created_at") ?? 0))
        } catch let error as PortalError {
            throw WorldError.notAWorld(path: path, why: "account \(id) is damaged: \(error)")
        }
    }

    private func refuseDuplicates(of draft: NewAccount) throws {
        func taken(_ sql: String, _ value: String) throws -> Bool {
            try connection.scalar(sql, [value]) != .null
        }
        if try taken("SELECT 1 FROM accounts WHERE username = ?", draft.username.value) {
            throw WorldError.duplicate(field: "username", value: draft.username.value)
        }
        if try taken("SELECT 1 FROM accounts WHERE email = ?", draft.email.value) {
            throw WorldError.duplicate(field: "e-mail", value: draft.email.value)
        }
        if let phone = draft.phone, try taken("SELECT 1 FROM accounts WHERE phone = ?", phone.value) {
            throw WorldError.duplicate(field: "phone", value: phone.value)
        }
        for document in draft.documents {
            if try connection.scalar("SELECT 1 FROM identity_documents WHERE type = ? AND number = ?",
                                     [document.type.rawValue, document.number]) != .null {
                throw WorldError.duplicate(field: "document", value: document.description)
            }
        }
    }

    /// Up to three usernames or e-mails close to `who`, from those sharing its first letter
    /// (an index range, not a scan of every account).
    private func suggestions(for who: String) throws -> [String] {
        let lowered = who.lowercased()
        guard let first = lowered.first else { return [] }
        let low = String(first)
        let high = low + "\u{10FFFF}"
        var candidates: [String] = []
        for column in ["username", "email"] {
            let rows = try connection.query(
                "SELECT \(column) AS value FROM accounts WHERE \(column) >= ? AND \(column) < ? ORDER BY \(column) LIMIT 5000",
                [low, high])
            candidates += rows.compactMap { $0.text("value") }
        }
        let limit = max(2, lowered.count / 3)
        return candidates
            .map { (name: $0, distance: editDistance(lowered, $0)) }
            .filter { $0.distance <= limit }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(3)
            .map(\.name)
    }

    private func column<T: RawRepresentable>(_ row: Row, _ name: String, table: String = "accounts") throws -> T
    where T.RawValue == String {
        guard let text = row.text(name), let value = T(rawValue: text) else {
            throw WorldError.notAWorld(path: path, why: "\(table).\(name) holds an unknown value")
        }
        return value
    }
}
