import Foundation
import Portal
import SQLiteDB

/// A file being built in bulk, with one method per kind of row: what a `WorldBuilder` and its
/// `WorldPart`s share.
///
/// While building, the file has no journal and no syncs (a crash leaves only a temporary file,
/// which the next build removes), one open transaction, and tables without indexes: SQLite
/// builds an index once, at the end, far faster than it keeps one up to date row by row.
public class WorldRows {
    /// The world the rows are for; errors name it.
    public let path: String
    /// The file being written.
    public let temporaryPath: String
    let connection: Connection
    /// Prepared statements, by the address of their SQL literal: hashing a pointer, not 150
    /// characters, for each of millions of rows.
    private var statements: [UInt: Statement] = [:]
    /// Prepared inserts of many rows a statement, by the address of their SQL literal.
    private var inserts: [UInt: MultiRowInsert] = [:]

    /// Opens `temporaryPath` afresh (replacing what an earlier, interrupted build left) with
    /// every table of the current schema and no index.
    init(path: String, temporaryPath: String) throws {
        self.path = path
        self.temporaryPath = temporaryPath
        TemporaryFiles.remove(temporaryPath)
        try TemporaryFiles.building.add(temporaryPath)
        // Before the process's first connection, or it has no effect (then it costs a little speed, nothing else).
        SQLiteLibrary.disableMemoryStatistics()
        do {
            connection = try Connection(path: temporaryPath, mode: .readWriteCreate)
            try connection.execute("""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                PRAGMA locking_mode = EXCLUSIVE;
                PRAGMA cache_size = -16384;
                PRAGMA foreign_keys = OFF;
                """)
            try connection.execute("BEGIN")
            try connection.execute(Schema.allTables)
            try connection.setUserVersion(Schema.currentVersion)
        } catch let error as SQLiteError {
            TemporaryFiles.remove(temporaryPath)
            TemporaryFiles.building.forget(temporaryPath)
            throw WorldError(error, path: path)
        }
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
        try addGeneratedAccounts(GeneratedAccounts([row]))
    }

    /// Adds generated accounts (see `addGeneratedAccount`) with their identity documents, many
    /// rows a statement, their text bound where the batch holds it.
    public func addGeneratedAccounts(_ accounts: GeneratedAccounts) throws {
        try accounts.withText { fields in
            try insert("""
                INSERT INTO accounts (id, username, email, phone, kind, language, second_factor, verification, status, created_at,
                    last_login_at, step_up_due) VALUES
                """, row: "(?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)", count: accounts.count) { row, statement, first in
                let values = accounts.rows[row]
                try statement.bind(values.id, at: first)
                try fields.bind(.username, of: row, to: statement, at: first + 1)
                try fields.bind(.email, of: row, to: statement, at: first + 2)
                try fields.bind(.phone, of: row, to: statement, at: first + 3)
                try fields.bind(.kind, of: row, to: statement, at: first + 4)
                try fields.bind(.language, of: row, to: statement, at: first + 5)
                try fields.bind(.secondFactor, of: row, to: statement, at: first + 6)
                try fields.bind(.verification, of: row, to: statement, at: first + 7)
                try statement.bind(values.createdAt, at: first + 8)
                try statement.bind(values.lastLoginAt, at: first + 9)
                try statement.bind(Int64(values.isStepUpDue ? 1 : 0), at: first + 10)
            }
            try insert("INSERT INTO identity_documents (account_id, type, number) VALUES", row: "(?, ?, ?)",
                       count: accounts.count) { row, statement, first in
                try statement.bind(accounts.rows[row].id, at: first)
                try fields.bind(.documentType, of: row, to: statement, at: first + 1)
                try fields.bind(.documentNumber, of: row, to: statement, at: first + 2)
            }
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

    /// Stores a support ticket.
    public func addTicket(_ ticket: TicketRecord) throws {
        try addTickets([ticket])
    }

    /// Stores support tickets, many rows a statement.
    public func addTickets(_ tickets: [TicketRecord]) throws {
        try insert("""
            INSERT INTO tickets (id, opened_at, account_id, channel, says, message_seen, category, true_cause, status, priority) VALUES
            """, row: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: tickets.count) { row, statement, first in
            let ticket = tickets[row]
            try statement.bind(ticket.id, at: first)
            try statement.bind(ticket.openedAt.millisecondsSince1970, at: first + 1)
            try statement.bind(ticket.account?.rawValue, at: first + 2)
            try statement.bind(ticket.channel, at: first + 3)
            try statement.bind(ticket.says, at: first + 4)
            try statement.bind(ticket.messageSeen, at: first + 5)
            try statement.bind(ticket.category, at: first + 6)
            try statement.bind(ticket.trueCause, at: first + 7)
            try statement.bind(ticket.status, at: first + 8)
            try statement.bind(ticket.priority, at: first + 9)
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

    /// Stores a published notice (a scenario's announced maintenance).
    public func addNotice(_ notice: Notice) throws {
        do {
            try NoticeRows.insert(notice, into: connection)
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
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

    /// Commits the rows and builds every index. SQLite's index sorter is fastest with a small
    /// cache, on files, on one thread (measured on 15M events: 5 s; with a 256 MiB cache 13 s;
    /// with temp_store MEMORY 15 s and 680 MiB).
    func commitAndIndex() throws {
        do {
            try connection.execute("COMMIT")
            try connection.execute("PRAGMA cache_size = -2000")
            try connection.execute(Schema.allIndexes)
            // No ANALYZE: it reads every index again (seconds for a big world) and these tables'
            // queries are simple enough for SQLite's default plan.
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }

    /// Closes the file, leaving it where it is.
    func close() {
        statements.removeAll()
        inserts.removeAll()
        connection.close()
    }

    /// Gives up: closes and removes the file.
    public func abandon() {
        close()
        TemporaryFiles.remove(temporaryPath)
        TemporaryFiles.building.forget(temporaryPath)
    }

    /// Runs one cached statement with values bound by `bind`.
    func run(_ sql: StaticString, _ bind: (Statement) throws -> Void) throws {
        do {
            let statement = try Self.cached(in: &statements, for: sql) { try connection.prepare(sql.description) }
            try bind(statement)
            _ = try statement.step()
            statement.reset()
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }

    /// Inserts `count` rows many at a time (`MultiRowInsert`): `head` is the statement up to
    /// `VALUES`, `row` one row's placeholders, and `bind` binds row `row` from parameter `first` on.
    func insert(_ head: StaticString, row: StaticString, count: Int,
                _ bind: (_ row: Int, _ statement: Statement, _ first: Int32) throws -> Void) throws {
        do {
            let insert = try Self.cached(in: &inserts, for: head) {
                try MultiRowInsert(connection: connection, head: head.description, row: row.description)
            }
            try insert.insert(count: count, bind)
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }

    /// What `cache` holds for `sql`, made by `make` the first time.
    private static func cached<Value>(in cache: inout [UInt: Value], for sql: StaticString, make: () throws -> Value) rethrows
        -> Value {
        let key = UInt(bitPattern: sql.utf8Start)
        if let cached = cache[key] { return cached }
        let value = try make()
        cache[key] = value
        return value
    }
}
