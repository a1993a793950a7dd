import Foundation
import Portal
import SQLiteDB

/// Builds a whole world in one go — the simulator's way to write millions of rows — in a
/// temporary file beside the destination, renamed into place only when complete.
///
/// `finish` builds the indexes once, copies in any `WorldPart`s written on other threads,
/// switches the file to WAL like any world and renames it over the destination. So a crash or
/// Ctrl-C leaves the old world or the new one, never half of one.
public final class WorldBuilder: WorldRows {
    /// Prepared on the first event (a world without an event log never needs it).
    private var eventRows: EventRows?
    private var isIndexed = false

    /// Starts a world for `path`, with its settings and clock. A temporary file left by an
    /// earlier build that was cut short is replaced.
    public init(path: String, policy: PortalPolicy, now: Instant, zone: Zone, meta: [(String, String)]) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorldError.io(path: path, why: "the directory '\(directory)' does not exist")
        }
        try super.init(path: path, temporaryPath: "\(directory)/.\(url.lastPathComponent).building")
        do {
            try Meta.write(connection, policy: policy, zone: zone, now: now)
            let metaStatement = try connection.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
            for (key, value) in meta { try metaStatement.execute([key, value]) }
            try connection.run("INSERT INTO operators (name, role, created_at) VALUES ('admin', 'admin', ?)", [now.millisecondsSince1970])
        } catch let error as SQLiteError {
            abandon()
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

    /// Appends an event to the log; the log numbers events in the order they are appended.
    public func appendEvent(_ event: Event) throws {
        precondition(!isIndexed, "events are appended before the indexes are built")
        do {
            if eventRows == nil { eventRows = try EventRows(connection: connection) }
            try eventRows?.append(event)
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }

    /// A part of this world to fill on another thread, in a temporary file of its own beside
    /// this one (`name` tells parts apart); `absorb` copies it in. Safe to call from any
    /// thread: it reads only the builder's paths.
    public func makePart(named name: String) throws -> WorldPart {
        try WorldPart(path: path, temporaryPath: "\(temporaryPath)-\(name)")
    }

    /// Commits and builds the indexes: the slow part of finishing (seconds for tens of millions
    /// of events), which parts being written on other threads meanwhile overlap.
    public func buildIndexes() throws {
        guard !isIndexed else { return }
        do {
            try eventRows?.flush()
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
        eventRows = nil
        try commitAndIndex()
        isIndexed = true
    }

    /// Copies a finished part's rows into this world, and removes the part's file.
    ///
    /// Each table goes across with `INSERT INTO t SELECT * FROM part.t`, which SQLite runs as
    /// a transfer: the part's records and its already-sorted index entries are copied as they
    /// are, not sorted again, when the table here is still empty (and row by row, just as
    /// correctly, when it is not).
    public func absorb(_ part: WorldPart) throws {
        precondition(part.isFinished, "a part is absorbed once it is finished")
        try buildIndexes()
        do {
            try connection.run("ATTACH DATABASE ? AS part", [part.temporaryPath])
            defer { try? connection.execute("DETACH DATABASE part") }
            try connection.execute("BEGIN")
            for table in Schema.tables where !WorldPart.excludedTables.contains(table) {
                try connection.execute("INSERT INTO main.\(table) SELECT * FROM part.\(table)")
            }
            try connection.execute("COMMIT")
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
        part.abandon()
    }

    /// Builds the indexes (if `buildIndexes` has not), makes the file a normal WAL world and
    /// renames it over `path`.
    public func finish() throws -> WorldStore {
        try buildIndexes()
        do {
            try connection.execute("PRAGMA locking_mode = NORMAL; PRAGMA journal_mode = WAL")
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
        close()
        // Replace the old world and its WAL files only once the new one is whole.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard rename(temporaryPath, path) == 0 else {
            throw WorldError.io(path: path, why: String(cString: strerror(errno)))
        }
        TemporaryFiles.building.forget(temporaryPath)
        return try WorldStore.open(at: path)
    }
}
