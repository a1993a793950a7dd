import Foundation
import SQLiteDB
import Testing

@Suite("Connection")
struct ConnectionTests {
    @Test("a new file database is in WAL mode; an in-memory one is not")
    func walForFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let db = try Connection(path: directory.path("world.sqlite"))
        #expect(try db.journalMode() == "wal")
        #expect(try Connection(path: ":memory:").journalMode() == "memory")
    }

    @Test("a text file that is not a database is refused at open")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("notes.txt")
        let text = String(repeating: "this is a text file, not an sqlite database\n", count: 40)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        for mode in [Connection.Mode.readWriteCreate, .readWrite, .readOnly] {
            let error = try #require(throws: SQLiteError.self) { try Connection(path: path, mode: mode) }
            #expect(error.isNotADatabase)
            #expect(error.path == path)
            #expect(error.description == "sqlite error 26 (file is not a database), file: '\(path)'")
        }
        // Refusing it must not have changed it.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("a missing file is not created in readWrite or readOnly mode")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("missing.sqlite")
        for mode in [Connection.Mode.readWrite, .readOnly] {
            let error = try #require(throws: SQLiteError.self) { try Connection(path: path, mode: mode) }
            #expect(error.primaryCode == 14)  // SQLITE_CANTOPEN
            #expect(error.path == path)
            #expect(error.description == "sqlite error 14 (unable to open database file), file: '\(path)'")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a path starting with file: is a file name, not a URI")
    func noURIs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // As a URI this would open an in-memory database; as a file name its folder does not exist.
        let path = "file:\(directory.path("world.sqlite"))?mode=memory"
        let error = try #require(throws: SQLiteError.self) { try Connection(path: path, mode: .readWrite) }
        #expect(error.primaryCode == 14)  // SQLITE_CANTOPEN
        #expect(error.path == path)
    }

    @Test("read-only opens a WAL file, reads it, and refuses writes")
    func readOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("world.sqlite")
        do {
            let writer = try Connection(path: path)
            try writer.execute("CREATE TABLE t (v INTEGER)")
            try writer.run("INSERT INTO t (v) VALUES (?)", [5])
        }
        let reader = try Connection(path: path, mode: .readOnly)
        #expect(try reader.scalar("SELECT v FROM t") == .integer(5))
        #expect(try reader.journalMode() == "wal")
        let error = try #require(throws: SQLiteError.self) { try reader.run("INSERT INTO t (v) VALUES (?)", [6]) }
        #expect(error.primaryCode == 8)  // SQLITE_READONLY
    }

    @Test("foreign keys are enforced")
    func foreignKeys() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("""
            CREATE TABLE accounts (id INTEGER PRIMARY KEY);
            CREATE TABLE sessions (id INTEGER PRIMARY KEY, account INTEGER NOT NULL REFERENCES accounts(id));
            """)
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        let error = try #require(throws: SQLiteError.self) {
            try db.run("INSERT INTO sessions (account) VALUES (?)", [99])
        }
        #expect(error.isConstraintViolation)
        #expect(error.code == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
        try db.run("INSERT INTO accounts (id) VALUES (?)", [99])
        try db.run("INSERT INTO sessions (account) VALUES (?)", [99])
        #expect(db.changes == 1)
        #expect(db.lastInsertRowID == 1)
    }

    @Test("a second connection waits out its busy timeout, then reports busy")
    func busyTimeout() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("world.sqlite")
        let first = try Connection(path: path)
        try first.execute("CREATE TABLE t (v INTEGER)")
        let second = try Connection(path: path, busyTimeoutMilliseconds: 100)
        try first.execute("BEGIN IMMEDIATE")
        let clock = ContinuousClock()
        let started = clock.now
        let error = try #require(throws: SQLiteError.self) {
            try second.inTransaction { try second.run("INSERT INTO t (v) VALUES (?)", [1]) }
        }
        let waited = clock.now - started
        #expect(error.isBusy)
        #expect(waited >= .milliseconds(90))
        #expect(waited < .seconds(4))
        #expect(!second.isInTransaction)
        // Readers are not blocked by a writer in WAL mode.
        #expect(try second.scalar("SELECT count(*) FROM t") == .integer(0))
        try first.execute("COMMIT")
        try second.inTransaction { try second.run("INSERT INTO t (v) VALUES (?)", [1]) }
        #expect(try first.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test("user_version round-trips and persists in the file")
    func userVersion() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("world.sqlite")
        do {
            let db = try Connection(path: path)
            #expect(try db.userVersion() == 0)
            try db.setUserVersion(7)
            #expect(try db.userVersion() == 7)
        }
        #expect(try Connection(path: path, mode: .readOnly).userVersion() == 7)
        let db = try Connection(path: path)
        let error = try #require(throws: SQLiteError.self) { try db.setUserVersion(Int(Int32.max) + 1) }
        #expect(error.primaryCode == 25)  // SQLITE_RANGE
        #expect(try db.userVersion() == 7)
    }

    @Test("close is idempotent and later use is an error naming the closed connection")
    func close() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v)")
        let statement = try db.prepare("SELECT v FROM t")
        db.close()
        db.close()
        #expect(!db.isOpen)
        #expect(!db.isInTransaction)
        let error = try #require(throws: SQLiteError.self) { try db.execute("SELECT 1") }
        #expect(error.primaryCode == 21)  // SQLITE_MISUSE
        #expect(error.message == "database connection is closed")
        #expect(throws: SQLiteError.self) { try statement.step() }
    }

    @Test("query, queryRow and scalar return rows, the first row, or nothing")
    func queries() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (n INTEGER, s TEXT)")
        for n in 1...3 {
            try db.run("INSERT INTO t (n, s) VALUES (?, ?)", [n, "row \(n)"])
        }
        let rows = try db.query("SELECT n, s FROM t WHERE n >= ? ORDER BY n", [2])
        #expect(rows == [
            Row(columns: ["n", "s"], values: [.integer(2), .text("row 2")]),
            Row(columns: ["n", "s"], values: [.integer(3), .text("row 3")]),
        ])
        #expect(try db.queryRow("SELECT s FROM t ORDER BY n")?.text("s") == "row 1")
        #expect(try db.queryRow("SELECT s FROM t WHERE n = ?", [9]) == nil)
        #expect(try db.scalar("SELECT s FROM t WHERE n = ?", [9]) == .null)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(3))
    }
}
