import SQLiteDB
import Testing

@Suite("Connection transactions")
struct TransactionTests {
    private func database() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v TEXT)")
        return db
    }

    @Test("a transaction commits and returns the body's value", arguments: [
        Connection.TransactionKind.deferred, .immediate, .exclusive,
    ])
    func commits(kind: Connection.TransactionKind) throws {
        let db = try database()
        let id = try db.inTransaction(kind) {
            #expect(db.isInTransaction)
            try db.run("INSERT INTO t (v) VALUES (?)", ["kept"])
            return db.lastInsertRowID
        }
        #expect(id == 1)
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT v FROM t") == .text("kept"))
    }

    @Test("a throwing body rolls back and its own error comes back unchanged")
    func rollsBack() throws {
        let db = try database()
        try db.run("INSERT INTO t (v) VALUES (?)", ["before"])
        let error = try #require(throws: TestFailure.self) {
            try db.inTransaction {
                try db.run("INSERT INTO t (v) VALUES (?)", ["gone"])
                throw TestFailure(reason: "body failed")
            }
        }
        #expect(error == TestFailure(reason: "body failed"))
        #expect(!db.isInTransaction)
        #expect(try db.query("SELECT v FROM t").map { $0.text("v") } == ["before"])
    }

    @Test("an SQL error in the body rolls back the earlier writes")
    func sqlErrorRollsBack() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v TEXT UNIQUE)")
        let error = try #require(throws: SQLiteError.self) {
            try db.inTransaction {
                try db.run("INSERT INTO t (v) VALUES (?)", ["a"])
                try db.run("INSERT INTO t (v) VALUES (?)", ["a"])
            }
        }
        #expect(error.isConstraintViolation)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
    }

    @Test("transactions do not nest: the inner one is refused and the outer rolls back")
    func nestedRefused() throws {
        let db = try database()
        let error = try #require(throws: SQLiteError.self) {
            try db.inTransaction {
                try db.run("INSERT INTO t (v) VALUES (?)", ["outer"])
                try db.inTransaction(.deferred) {
                    try db.run("INSERT INTO t (v) VALUES (?)", ["inner"])
                }
            }
        }
        #expect(error.primaryCode == 21)  // SQLITE_MISUSE
        #expect(error.message == "a transaction is already open; transactions do not nest")
        #expect(error.sql == "BEGIN DEFERRED")
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
    }

    @Test("a transaction opened by hand also refuses inTransaction")
    func manualTransaction() throws {
        let db = try database()
        try db.execute("BEGIN")
        #expect(throws: SQLiteError.self) { try db.inTransaction { } }
        #expect(db.isInTransaction)
        try db.execute("ROLLBACK")
    }

    @Test("a failing COMMIT is thrown and leaves nothing written")
    func commitFailure() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("""
            CREATE TABLE parents (id INTEGER PRIMARY KEY);
            CREATE TABLE children (parent INTEGER REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        // A deferred foreign key is checked only at COMMIT, so COMMIT itself fails.
        let error = try #require(throws: SQLiteError.self) {
            try db.inTransaction {
                try db.run("INSERT INTO children (parent) VALUES (?)", [1])
            }
        }
        #expect(error.isConstraintViolation)
        #expect(error.sql == "COMMIT")
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM children") == .integer(0))
    }
}
