import Foundation
import Portal
import SQLiteDB

/// Builds a whole world in one go — the simulator's way to write millions of rows — in a
/// temporary file beside the destination, renamed into place only when complete.
///
/// While building, the file has no journal and no syncs (a crash leaves only a temporary file,
/// which the next build removes) and its tables have no indexes; `finish` builds the indexes
/// once, switches the file to WAL like any world, and renames it over the destination. So a
/// crash or Ctrl-C leaves the old world or the new one, never half of one.
public final class WorldBuilder {
    /// Where the finished world goes.
    public let path: String
    /// The temporary file being built.
    public let temporaryPath: String
    let connection: Connection
    /// Prepared statements, by the address of their SQL literal: hashing a pointer, not 150
    /// characters, for each of millions of rows.
    private var statements: [UInt: Statement] = [:]

    /// Starts a world for `path`, with its settings and clock. A temporary file left by an
    /// earlier build that was cut short is replaced.
    public init(path: String, policy: PortalPolicy, now: Instant, zone: Zone, meta: [(String, String)]) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorldError.io(path: path, why: "the directory '\(directory)' does not exist")
        }
        temporaryPath = "\(directory)/.\(url.lastPathComponent).building"
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: temporaryPath + suffix)
        }
        do {
            connection = try Connection(path: temporaryPath, mode: .readWriteCreate)
            try connection.execute("""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                PRAGMA locking_mode = EXCLUSIVE;
                PRAGMA cache_size = -16384;
                PRAGMA temp_store = MEMORY;
                PRAGMA threads = 2;
                PRAGMA foreign_keys = OFF;
                """)
            try connection.execute("BEGIN")
            try connection.execute(Schema.allTables)
            try connection.setUserVersion(Schema.currentVersion)
            try Meta.write(connection, policy: policy, zone: zone, now: now)
            let metaStatement = try connection.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
            for (key, value) in meta { try metaStatement.execute([key, value]) }
            try connection.run("INSERT INTO operators (name, role, created_at) VALUES ('admin', 'admin', ?)", [now.millisecondsSince1970])
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }

    /// Sets (or replaces) a `meta` key: the clock, the digest, anything known only at the end.
    public func setMeta(_ key: String, _ value: String) throws {
        try run("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)") { statement in
            try statement.bind(key, at: 1)
            try statement.bind(value, at: 2)
        }
    }

    /// Moves the world clock (meta `now`).
    public func setClock(_ now: Instant) throws {
        try run("UPDATE meta SET value = ? WHERE key = 'now'") { try $0.bind(now.millisecondsSince1970, at: 1) }
    }

    /// Adds an account with its documents (no password: simulated people's are modelled).
    public func addAccount(_ account: Account, lastLoginAt: Instant?, isStepUpDue: Bool) throws {
        try run("""
            INSERT INTO accounts (id, username, email, phone, kind, language, second_factor, verification, status, created_at,
                last_login_at, step_up_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(account.id.rawValue, at: 1)
            try statement.bind(account.username.value, at: 2)
            try statement.bind(account.email.value, at: 3)
            try statement.bind(account.phone?.value, at: 4)
            try statement.bind(account.kind.rawValue, at: 5)
            try statement.bind(account.language.rawValue, at: 6)
            try statement.bind(account.secondFactor.rawValue, at: 7)
            try statement.bind(account.verification.rawValue, at: 8)
            try statement.bind(account.status.rawValue, at: 9)
            try statement.bind(account.createdAt.millisecondsSince1970, at: 10)
            try statement.bind(lastLoginAt?.millisecondsSince1970, at: 11)
            try statement.bind(Int64(isStepUpDue ? 1 : 0), at: 12)
        }
        for document in account.documents {
            try run("INSERT INTO identity_documents (account_id, type, number) VALUES (?, ?, ?)") { statement in
                try statement.bind(account.id.rawValue, at: 1)
                try statement.bind(document.type.rawValue, at: 2)
                try statement.bind(document.number, at: 3)
            }
        }
    }

    /// Adds an account from text already known to be valid: generated accounts, millions of
    /// them, whose names, addresses and numbers are correct by construction (the simulator's
    /// tests check the generator against the portal's validators), so validating each again
    /// would cost more than the rest of the run.
    public func addGeneratedAccount(_ row: GeneratedAccount) throws {
        try run("""
            INSERT INTO accounts (id, username, email, phone, kind, language, second_factor, verification, status, created_at,
                last_login_at, step_up_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)
            """) { statement in
            try statement.bind(row.id.rawValue, at: 1)
            try statement.bind(row.username, at: 2)
            try statement.bind(row.email, at: 3)
            try statement.bind(row.phone, at: 4)
            try statement.bind(row.kind.rawValue, at: 5)
            try statement.bind(row.language.rawValue, at: 6)
            try statement.bind(row.secondFactor.rawValue, at: 7)
            try statement.bind(row.verification.rawValue, at: 8)
            try statement.bind(row.createdAt.millisecondsSince1970, at: 9)
            try statement.bind(row.lastLoginAt?.millisecondsSince1970, at: 10)
            try statement.bind(Int64(row.isStepUpDue ? 1 : 0), at: 11)
        }
        try run("INSERT INTO identity_documents (account_id, type, number) VALUES (?, ?, ?)") { statement in
            try statement.bind(row.id.rawValue, at: 1)
            try statement.bind(row.documentType.rawValue, at: 2)
            try statement.bind(row.documentNumber, at: 3)
        }
    }

    /// Stores an account's brute-force record (only worth it when not clean).
    public func setBruteForce(_ state: BruteForceState, of account: AccountID) throws {
        try run("""
            INSERT INTO brute_force (account_id, failures, temporary_lockouts, last_failure, not_before, permanently_locked,
                last_failure_ip) VALUES (?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(account.rawValue, at: 1)
            try statement.bind(Int64(state.failures), at: 2)
            try statement.bind(Int64(state.temporaryLockouts), at: 3)
            try statement.bind(state.lastFailure?.millisecondsSince1970, at: 4)
            try statement.bind(state.notBefore?.millisecondsSince1970, at: 5)
            try statement.bind(Int64(state.isPermanentlyLocked ? 1 : 0), at: 6)
            try statement.bind(state.lastFailureIP?.description, at: 7)
        }
    }

    /// Stores an address's failure record.
    public func setSource(_ source: SourceRecord, of ip: IPAddress) throws {
        try run("INSERT INTO source_failures (ip, failures, last_failure, blocked_until) VALUES (?, ?, ?, ?)") { statement in
            try statement.bind(ip.description, at: 1)
            try statement.bind(Int64(source.failures), at: 2)
            try statement.bind(source.lastFailure?.millisecondsSince1970, at: 3)
            try statement.bind(source.blockedUntil?.millisecondsSince1970, at: 4)
        }
    }

    /// Stores the addresses and devices an account is known to log in from.
    public func setFamiliar(_ familiar: FamiliarSources, of account: AccountID) throws {
        let sql: StaticString = "INSERT INTO familiar_sources (account_id, kind, rank, value) VALUES (?, ?, ?, ?)"
        for (rank, ip) in familiar.ips.enumerated() {
            try run(sql) { statement in
                try statement.bind(account.rawValue, at: 1)
                try statement.bind("ip", at: 2)
                try statement.bind(Int64(rank), at: 3)
                try statement.bind(ip.description, at: 4)
            }
        }
        for (rank, device) in familiar.devices.enumerated() {
            try run(sql) { statement in
                try statement.bind(account.rawValue, at: 1)
                try statement.bind("device", at: 2)
                try statement.bind(Int64(rank), at: 3)
                try statement.bind(device, at: 4)
            }
        }
    }

    /// Stores a session (open ones at the end of a run).
    public func addSession(_ session: Session) throws {
        try run("""
            INSERT INTO sessions (id, account_id, started_at, last_seen_at, ended_at, end_reason, ip, device)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(session.id, at: 1)
            try statement.bind(session.account.rawValue, at: 2)
            try statement.bind(session.startedAt.millisecondsSince1970, at: 3)
            try statement.bind(session.lastSeenAt.millisecondsSince1970, at: 4)
            try statement.bind(session.endedAt?.millisecondsSince1970, at: 5)
            try statement.bind(session.endReason?.rawValue, at: 6)
            try statement.bind(session.ip?.description, at: 7)
            try statement.bind(session.device, at: 8)
        }
    }

    /// Appends an event to the log; the log numbers events in the order they are appended.
    public func appendEvent(_ event: Event) throws {
        try run("""
            INSERT INTO events (at, account_id, kind, reason, ip, device, channel, component, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(event.at.millisecondsSince1970, at: 1)
            try statement.bind(event.account?.rawValue, at: 2)
            try statement.bind(event.kind.rawValue, at: 3)
            try statement.bind(event.reason.rawValue, at: 4)
            try statement.bind(event.ip?.description, at: 5)
            try statement.bind(event.device, at: 6)
            try statement.bind(event.channel?.rawValue, at: 7)
            try statement.bind(event.component?.rawValue, at: 8)
            try statement.bind(event.detail?.description, at: 9)
        }
    }

    /// Stores a support ticket.
    public func addTicket(_ ticket: TicketRecord) throws {
        try run("""
            INSERT INTO tickets (id, opened_at, account_id, channel, says, message_seen, category, true_cause, status, priority)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(ticket.id, at: 1)
            try statement.bind(ticket.openedAt.millisecondsSince1970, at: 2)
            try statement.bind(ticket.account?.rawValue, at: 3)
            try statement.bind(ticket.channel, at: 4)
            try statement.bind(ticket.says, at: 5)
            try statement.bind(ticket.messageSeen, at: 6)
            try statement.bind(ticket.category, at: 7)
            try statement.bind(ticket.trueCause, at: 8)
            try statement.bind(ticket.status, at: 9)
            try statement.bind(ticket.priority, at: 10)
        }
    }

    /// Stores a period a component was not operational.
    public func addComponentStatus(_ component: Component, from start: Instant, to end: Instant, status: ComponentStatus,
                                   cause: String) throws {
        try run("INSERT INTO component_status (component, starts_at, ends_at, status, cause) VALUES (?, ?, ?, ?, ?)") { statement in
            try statement.bind(component.rawValue, at: 1)
            try statement.bind(start.millisecondsSince1970, at: 2)
            try statement.bind(end.millisecondsSince1970, at: 3)
            try statement.bind(status.rawValue, at: 4)
            try statement.bind(cause, at: 5)
        }
    }

    /// Stores a maintenance window and its notice.
    public func addMaintenance(id: Int64, from start: Instant, to end: Instant, components: [Component], announcedAt: Instant?,
                               notice: (indonesian: String, english: String)?, seenBy: Double) throws {
        try run("""
            INSERT INTO maintenance_windows (id, starts_at, ends_at, components, announced_at, notice_id, notice_en, seen_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(id, at: 1)
            try statement.bind(start.millisecondsSince1970, at: 2)
            try statement.bind(end.millisecondsSince1970, at: 3)
            try statement.bind(components.map(\.rawValue).joined(separator: ","), at: 4)
            try statement.bind(announcedAt?.millisecondsSince1970, at: 5)
            try statement.bind(notice?.indonesian, at: 6)
            try statement.bind(notice?.english, at: 7)
            try statement.bind(seenBy, at: 8)
        }
    }

    /// Stores one value of a metric series.
    public func setMetric(_ series: String, at bucket: Instant, value: Double) throws {
        try run("INSERT OR REPLACE INTO metrics (series, bucket_start, value) VALUES (?, ?, ?)") { statement in
            try statement.bind(series, at: 1)
            try statement.bind(bucket.millisecondsSince1970, at: 2)
            try statement.bind(value, at: 3)
        }
    }

    /// Builds the indexes, makes the file a normal WAL world and renames it over `path`.
    public func finish() throws -> WorldStore {
        do {
            try connection.execute("COMMIT")
            try connection.execute(Schema.allIndexes)
            try connection.execute("ANALYZE")
            statements.removeAll()
            try connection.execute("PRAGMA locking_mode = NORMAL; PRAGMA journal_mode = WAL")
            connection.close()
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
        // Replace the old world and its WAL files only once the new one is whole.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard rename(temporaryPath, path) == 0 else {
            throw WorldError.io(path: path, why: String(cString: strerror(errno)))
        }
        return try WorldStore.open(at: path)
    }

    /// Gives up: removes the temporary file.
    public func abandon() {
        statements.removeAll()
        connection.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    /// Runs one cached statement with values bound by `bind`.
    private func run(_ sql: StaticString, _ bind: (Statement) throws -> Void) throws {
        do {
            let key = UInt(bitPattern: sql.utf8Start)
            let statement: Statement
            if let cached = statements[key] {
                statement = cached
            } else {
                statement = try connection.prepare(sql.description)
                statements[key] = statement
            }
            try bind(statement)
            _ = try statement.step()
            statement.reset()
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }
}

/// A generated account's row, as text already valid (`WorldBuilder.addGeneratedAccount`).
public struct GeneratedAccount: Sendable {
    /// Account number.
    public var id: AccountID
    /// Lower-case, valid as a `Username`.
    public var username: String
    /// Lower-case, valid as an `EmailAddress`.
    public var email: String
    /// E.164, valid as a `PhoneNumber`.
    public var phone: String
    /// Citizen or foreigner.
    public var kind: AccountKind
    /// `id` or `en`.
    public var language: Language
    /// The enrolled second factor.
    public var secondFactor: SecondFactor
    /// The identity check's state.
    public var verification: Verification
    /// When the account was made.
    public var createdAt: Instant
    /// The last successful login, if any.
    public var lastLoginAt: Instant?
    /// A reset was completed and no login has followed.
    public var isStepUpDue: Bool
    /// NIK or passport.
    public var documentType: IdentityDocument.DocumentType
    /// Valid for `documentType`.
    public var documentNumber: String

    /// A row.
    public init(id: AccountID, username: String, email: String, phone: String, kind: AccountKind, language: Language,
                secondFactor: SecondFactor, verification: Verification, createdAt: Instant, lastLoginAt: Instant?,
                isStepUpDue: Bool, documentType: IdentityDocument.DocumentType, documentNumber: String) {
        self.id = id
        self.username = username
        self.email = email
        self.phone = phone
        self.kind = kind
        self.language = language
        self.secondFactor = secondFactor
        self.verification = verification
        self.createdAt = createdAt
        self.lastLoginAt = lastLoginAt
        self.isStepUpDue = isStepUpDue
        self.documentType = documentType
        self.documentNumber = documentNumber
    }
}

/// A support ticket as the world stores it.
public struct TicketRecord: Sendable, Equatable {
    /// Ticket number.
    public var id: Int64
    /// When the person made contact.
    public var openedAt: Instant
    /// Whose ticket it is (nil when the person gave no account the desk could find).
    public var account: AccountID?
    /// `hotline`, `email` or `form`.
    public var channel: String
    /// What the person says, in their words.
    public var says: String
    /// The message the portal showed them, if they quote one.
    public var messageSeen: String?
    /// The desk's category (`login`, `otp`, `password-reset`, `locked`, `verification`, `outage`, `security`).
    public var category: String
    /// What really happened, for grading; never shown as the ticket's text.
    public var trueCause: String
    /// `new`, `open`, `pending`, `solved` or `closed`.
    public var status: String
    /// `low`, `normal`, `high` or `urgent`.
    public var priority: String

    /// A ticket.
    public init(id: Int64, openedAt: Instant, account: AccountID?, channel: String, says: String, messageSeen: String?,
                category: String, trueCause: String, status: String = "new", priority: String = "normal") {
        self.id = id
        self.openedAt = openedAt
        self.account = account
        self.channel = channel
        self.says = says
        self.messageSeen = messageSeen
        self.category = category
        self.trueCause = trueCause
        self.status = status
        self.priority = priority
    }
}
