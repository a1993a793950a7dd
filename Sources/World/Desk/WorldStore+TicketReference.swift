import SQLiteDB

extension WorldStore {
    /// Whether a ticket with this number exists (a desk action done "for ticket N" must name a real one).
    public func ticketExists(_ id: Int64) throws -> Bool {
        try read { _ in try connection.queryRow("SELECT 1 FROM tickets WHERE id = ?", [id]) != nil }
    }
}
