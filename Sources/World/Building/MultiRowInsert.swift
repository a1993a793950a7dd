import SQLiteDB

/// An `INSERT` that takes sixty-four rows a statement: for bulk rows, where running a statement
/// per row costs more than the row (measured on accounts: a third of the insert is starting and
/// ending the statement).
struct MultiRowInsert {
    static let rowsPerStatement = 64
    private let many: Statement
    private let single: Statement
    private let columns: Int32

    /// `head` is the statement up to `VALUES`; `row` is one row's `(?, ?, …)`.
    init(connection: Connection, head: String, row: String) throws {
        many = try connection.prepare(head + " " + Array(repeating: row, count: Self.rowsPerStatement).joined(separator: ", "))
        single = try connection.prepare(head + " " + row)
        columns = single.parameterCount
    }

    /// Inserts `count` rows, in order: `bind(row, statement, first)` binds row `row`'s values to
    /// `statement` from parameter `first` on. Bindings are cleared after every statement, so text
    /// bound without a copy needs to stay put only until this returns.
    func insert(count: Int, _ bind: (_ row: Int, _ statement: Statement, _ first: Int32) throws -> Void) throws {
        var row = 0
        while count - row >= Self.rowsPerStatement {
            for offset in 0..<Self.rowsPerStatement {
                try bind(row + offset, many, Int32(offset) * columns + 1)
            }
            try run(many)
            row += Self.rowsPerStatement
        }
        while row < count {
            try bind(row, single, 1)
            try run(single)
            row += 1
        }
    }

    private func run(_ statement: Statement) throws {
        defer { statement.reset() }
        _ = try statement.step()
    }
}
