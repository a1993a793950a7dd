import SQLiteDB
import Testing

@Suite("SQLValue and SQLBindable")
struct SQLValueTests {
    @Test("every kind of SQLValue round-trips through a column with no type", arguments: [
        SQLValue.null,
        .integer(0), .integer(-1), .integer(Int64.min), .integer(Int64.max),
        .real(3.25), .real(-1e300), .real(.infinity),
        .text(""), .text("héllo, 世界 🌏"), .text("nul\u{0}inside"),
        .blob([]), .blob([0, 1, 2, 255]), .blob(Array(repeating: 0xAB, count: 10_000)),
    ])
    func roundTrip(value: SQLValue) throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v)")
        try db.run("INSERT INTO t (v) VALUES (?)", [value])
        #expect(try db.scalar("SELECT v FROM t") == value)
        let row = try db.queryRow("SELECT v FROM t")
        #expect(row?["v"] == value)
    }

    @Test("every SQLBindable type binds the value it stands for")
    func bindableTypes() throws {
        let missingText: String? = nil
        let missingInteger: Int? = nil
        let presentText: String? = "here"
        let cases: [(any SQLBindable, SQLValue)] = [
            (Int(42), .integer(42)),
            (Int64(-7), .integer(-7)),
            (Int32(Int32.max), .integer(Int64(Int32.max))),
            (2.5, .real(2.5)),
            (true, .integer(1)),
            (false, .integer(0)),
            ("text", .text("text")),
            ([UInt8]([9, 8]), .blob([9, 8])),
            (SQLValue.real(1.5), .real(1.5)),
            (missingText, .null),
            (missingInteger, .null),
            (presentText, .text("here")),
        ]
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, v)")
        for (index, (bindable, expected)) in cases.enumerated() {
            #expect(bindable.sqlValue == expected)
            try db.run("INSERT INTO t (n, v) VALUES (?, ?)", [index, bindable])
            #expect(try db.scalar("SELECT v FROM t WHERE n = ?", [index]) == expected)
        }
    }

    @Test("an empty string and an empty blob are not NULL")
    func emptyIsNotNull() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (s TEXT, b BLOB)")
        try db.run("INSERT INTO t (s, b) VALUES (?, ?)", ["", [UInt8]()])
        let row = try #require(try db.queryRow("SELECT s, b, s IS NULL AS sn, b IS NULL AS bn FROM t"))
        #expect(row["s"] == .text(""))
        #expect(row["b"] == .blob([]))
        #expect(row.bool("sn") == false)
        #expect(row.bool("bn") == false)
    }
}
