import SQLiteDB
import Testing

@Suite("SQLiteError")
struct SQLiteErrorTests {
    private func accounts() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE accounts (email TEXT NOT NULL UNIQUE, password TEXT NOT NULL)")
        try db.run("INSERT INTO accounts (email, password) VALUES (?, ?)", ["ani@example.id", "first-password"])
        return db
    }

    @Test("a UNIQUE violation carries the code and the SQL, never the bound values")
    func boundValuesHidden() throws {
        let db = try accounts()
        let sql = "INSERT INTO accounts (email, password) VALUES (?, ?)"
        let error = try #require(throws: SQLiteError.self) {
            try db.run(sql, ["ani@example.id", "secret-password"])
        }
        #expect(error.isConstraintViolation)
        #expect(error.primaryCode == 19)
        #expect(error.code == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.sql == sql)
        #expect(error.description == """
            sqlite error 19 (constraint failed): UNIQUE constraint failed: accounts.email, \
            in: INSERT INTO accounts (email, password) VALUES (?, ?)
            """)
        #expect(!error.description.contains("secret-password"))
        #expect(!error.description.contains("ani@example.id"))
        #expect(!error.message.contains("secret-password"))
    }

    @Test("the fast path's errors hide bound values too")
    func fastPathHidesValues() throws {
        let db = try accounts()
        let insert = try db.prepare("INSERT INTO accounts (email, password) VALUES (?, ?)")
        try insert.bind("ani@example.id", at: 1)
        try insert.bind("secret-password", at: 2)
        let error = try #require(throws: SQLiteError.self) { try insert.step() }
        insert.reset()
        #expect(error.isConstraintViolation)
        #expect(error.sql == insert.sql)
        #expect(!error.description.contains("secret-password"))
    }

    @Test("NOT NULL violations are constraint violations with their own extended code")
    func notNull() throws {
        let db = try accounts()
        let error = try #require(throws: SQLiteError.self) {
            try db.run("INSERT INTO accounts (email, password) VALUES (?, ?)", ["b@example.id", SQLValue.null])
        }
        #expect(error.isConstraintViolation)
        #expect(error.code == 1299)  // SQLITE_CONSTRAINT_NOTNULL
        #expect(!error.isBusy)
        #expect(!error.isNotADatabase)
    }

    @Test("a syntax error names the SQL")
    func syntaxError() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
        #expect(error.code == 1)
        #expect(error.description == #"sqlite error 1 (SQL logic error): near "SELEC": syntax error, in: SELEC 1"#)
    }
}
