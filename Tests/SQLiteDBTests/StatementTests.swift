import SQLiteDB
import Testing

@Suite("Statement")
struct StatementTests {
    @Test("bulk load: 10,000 rows through bind/step/reset in one transaction, read back streaming")
    func bulkLoad() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, note TEXT)")
        let insert = try db.prepare("INSERT INTO people (id, name, score, note) VALUES (?, ?, ?, ?)")
        let count: Int64 = 10_000
        try db.inTransaction {
            for id in 1...count {
                try insert.bind(id, at: 1)
                try insert.bind("person \(id)", at: 2)
                try insert.bind(Double(id) / 4, at: 3)
                try insert.bind(id % 3 == 0 ? nil : "note", at: 4)
                #expect(try insert.step() == false)
                insert.reset()
            }
        }
        var seen: Int64 = 0
        var nulls = 0
        var scoreTotal = 0.0
        let select = try db.prepare("SELECT id, name, score, note FROM people WHERE id >= ? ORDER BY id")
        try select.forEachRow([1]) { row in
            seen += 1
            let id = row.int64(at: 0)
            if id != seen || row.text(at: 1) != "person \(id)" {
                Issue.record("row \(seen) read back as \(id)")
            }
            scoreTotal += row.double(at: 2)
            if row.isNull(at: 3) { nulls += 1 }
        }
        #expect(seen == count)
        #expect(nulls == Int(count / 3))
        #expect(scoreTotal == Double(count * (count + 1) / 2) / 4)
    }

    @Test("the positioned statement reads its columns directly")
    func columnAccess() throws {
        let db = try Connection(path: ":memory:")
        let statement = try db.prepare("SELECT 7 AS i, 2.5 AS d, 'x' AS t, NULL AS n, x'0102' AS b")
        #expect(statement.columnCount == 5)
        #expect(statement.columnNames == ["i", "d", "t", "n", "b"])
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == 7)
        #expect(statement.double(at: 1) == 2.5)
        #expect(statement.text(at: 2) == "x")
        #expect(statement.text(at: 3) == nil)
        #expect(statement.isNull(at: 3))
        #expect(statement.blob(at: 4) == [1, 2])
        #expect(statement.value(at: 4) == .blob([1, 2]))
        #expect(try statement.step() == false)
    }

    @Test("a statement runs again after execute with new values")
    func reuse() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v INTEGER)")
        let insert = try db.prepare("INSERT INTO t (v) VALUES (?)")
        for value in [1, 2, 3] {
            try insert.execute([value])
        }
        let select = try db.prepare("SELECT v FROM t WHERE v > ? ORDER BY v")
        #expect(try select.rows([1]).map { $0.int("v") } == [2, 3])
        #expect(try select.rows([2]).map { $0.int("v") } == [3])
    }

    @Test("the wrong number of values is an error naming the counts", arguments: [0, 1, 3])
    func wrongBindCount(count: Int) throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a, b)")
        let values: [any SQLBindable] = Array(repeating: "secret-password", count: count)
        let error = try #require(throws: SQLiteError.self) {
            try db.run("INSERT INTO t (a, b) VALUES (?, ?)", values)
        }
        #expect(error.primaryCode == 25)  // SQLITE_RANGE
        #expect(error.message == "statement takes 2 values, got \(count)")
        #expect(!error.description.contains("secret-password"))
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
    }

    @Test("binding past the last parameter is an error")
    func bindOutOfRange() throws {
        let db = try Connection(path: ":memory:")
        let statement = try db.prepare("SELECT ?")
        let error = try #require(throws: SQLiteError.self) { try statement.bind(Int64(1), at: 2) }
        #expect(error.primaryCode == 25)
        #expect(error.sql == "SELECT ?")
    }

    @Test("prepare takes exactly one statement; trailing comments are fine")
    func oneStatement() throws {
        let db = try Connection(path: ":memory:")
        #expect(try db.prepare("SELECT 1; -- why\n  ").columnCount == 1)
        let several = try #require(throws: SQLiteError.self) { try db.prepare("SELECT 1; SELECT 2") }
        #expect(several.primaryCode == 21)
        let none = try #require(throws: SQLiteError.self) { try db.prepare("  -- nothing") }
        #expect(none.message == "sql holds no statement")
    }

    @Test("the fast-path overloads bind what they say")
    func fastPathOverloads() throws {
        let db = try Connection(path: ":memory:")
        let statement = try db.prepare("SELECT ?, ?, ?, ?, ?, ?, ?")
        try statement.bind(1, at: 1)
        try statement.bind(Int64?.none, at: 2)
        try statement.bind(String?.none, at: 3)
        try statement.bind(Optional("some"), at: 4)
        try statement.bind([UInt8]([3]), at: 5)
        try statement.bind(SQLValue.real(0.5), at: 6)
        try statement.bindNull(at: 7)
        #expect(try statement.step())
        #expect((0..<7).map { statement.value(at: $0) } == [
            .integer(1), .null, .null, .text("some"), .blob([3]), .real(0.5), .null,
        ])
    }
}
