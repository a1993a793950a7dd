import Foundation
import Portal
import SQLiteDB

/// A world file, open: the one door to the SQLite database for everything above it.
///
/// Every operation is one `BEGIN IMMEDIATE` transaction that reads the world clock inside it,
/// so several agents on one world serialise cleanly and nothing acts on a stale clock.
public final class WorldStore {
    /// The file.
    public let path: String
    /// The rule settings the world was made with.
    public let policy: PortalPolicy
    /// The zone its times are shown in.
    public let zone: Zone
    let connection: Connection
    /// Set inside `audited`: the store's own operations then join the desk action's
    /// transaction instead of opening one (SQLite transactions do not nest).
    var isJoiningTransactions = false

    private init(path: String, connection: Connection) throws {
        self.path = path
        self.connection = connection
        let metadata = try Meta.read(connection, path: path)
        self.policy = metadata.policy
        self.zone = metadata.zone
    }

    /// Opens an existing world (and brings an older schema up to date).
    ///
    /// Refuses a missing file (`missing`), a file that is not SQLite, has no world in it or is
    /// damaged (`notAWorld`) and a world from a newer `apoa` (`schemaTooNew`) — and changes none
    /// of them: the file is first examined read-only, and opened for writing (which switches it
    /// to WAL) only once it is known to be a world.
    public static func open(at path: String) throws -> WorldStore {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw WorldError.missing(path: path) }
        guard !isDirectory.boolValue else { throw WorldError.io(path: path, why: "is a directory, not a world file") }
        do {
            try examine(path)
            let connection = try Connection(path: path, mode: .readWrite)
            try Schema.migrate(connection)
            return try WorldStore(path: path, connection: connection)
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }

    /// Checks, read-only, that the file is a world this `apoa` can read. (Not `PRAGMA quick_check`:
    /// it reads the whole file, seconds for a big simulated world; damage met later is mapped by
    /// `WorldError(_:path:)`.)
    private static func examine(_ path: String) throws {
        let probe = try Connection(path: path, mode: .readOnly)
        defer { probe.close() }
        let version = try probe.userVersion()
        guard version >= 1 else {
            throw WorldError.notAWorld(path: path, why: "it is an SQLite database without apoa's tables")
        }
        guard version <= Schema.currentVersion else {
            throw WorldError.schemaTooNew(path: path, found: version, supported: Schema.currentVersion)
        }
        let present = Set(try probe.query("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0.text("name") })
        if version == Schema.currentVersion, let lost = Schema.tables.first(where: { !present.contains($0) }) {
            throw WorldError.notAWorld(path: path, why: "it is damaged: table \(lost) is missing")
        }
    }

    /// Makes a new world at `path`: its schema, policy, zone, clock and the built-in `admin`.
    ///
    /// The world is built in a temporary file beside `path` and linked into place only when
    /// complete; `link` fails when `path` exists, so an existing world is never overwritten,
    /// even by two `init`s racing.
    public static func create(at path: String, policy: PortalPolicy, start: Instant, zone: Zone) throws -> WorldStore {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path) { throw WorldError.exists(path: path) }
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorldError.io(path: path, why: "the directory '\(directory)' does not exist")
        }
        let temporary = "\(directory)/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        try TemporaryFiles.building.add(temporary)
        defer {
            try? FileManager.default.removeItem(atPath: temporary)
            TemporaryFiles.building.forget(temporary)
        }
        do {
            let connection = try Connection(path: temporary, mode: .readWriteCreate)
            try Schema.migrate(connection)
            try connection.inTransaction(.immediate) {
                try Meta.write(connection, policy: policy, zone: zone, now: start)
                try connection.run(
                    "INSERT INTO operators (name, role, created_at) VALUES ('admin', 'admin', ?)", [start.millisecondsSince1970])
            }
            // Leave no -wal file behind: the world must be one file until it is in place.
            try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
        guard link(temporary, path) == 0 else {
            let code = errno
            if code == EEXIST { throw WorldError.exists(path: path) }
            throw WorldError.io(path: path, why: String(cString: strerror(code)))
        }
        return try open(at: path)
    }

    /// Runs `body` in one immediate transaction with the world clock as it is inside it;
    /// everything `body` did is undone if it throws.
    func transaction<T>(_ body: (Instant) throws -> T) throws -> T {
        try inTransaction(.immediate, body)
    }

    /// The number the next row of `table` gets, inside a transaction: the rules name a session,
    /// document or appointment in their events before it is stored.
    func nextID(in table: String) throws -> Int64 {
        (try connection.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)").integerValue) ?? 1
    }

    /// Runs a read in one deferred transaction (a consistent snapshot) with the world clock.
    func read<T>(_ body: (Instant) throws -> T) throws -> T {
        try inTransaction(.deferred, body)
    }

    private func inTransaction<T>(_ kind: Connection.TransactionKind, _ body: (Instant) throws -> T) throws -> T {
        if isJoiningTransactions, connection.isInTransaction {
            return try body(try Meta.now(connection))
        }
        do {
            return try connection.inTransaction(kind) {
                try body(try Meta.now(connection))
            }
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }
}
