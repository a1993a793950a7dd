import Portal
import SQLiteDB

extension WorldStore {
    /// The columns the desk reads: every one but `true_cause`, the simulator's answer, kept for
    /// grading and never read here.
    private static let ticketColumns = """
        t.id, t.opened_at, t.account_id, t.channel, t.says, t.message_seen, t.category, t.priority, t.status, t.assignee,
        t.first_response_at, t.solved_at, t.closed_at, t.incident_id, t.resolution, a.username
        """

    /// The tickets `filter` lets through, in its order, at most its limit (the status,
    /// category and account indexes do the finding).
    public func tickets(_ filter: TicketFilter) throws -> [Ticket] {
        try read { _ in
            let (conditions, values) = Self.conditions(of: filter)
            let order = filter.isNewestFirst ? "DESC" : "ASC"
            return try connection.query("""
                SELECT \(Self.ticketColumns) FROM tickets t LEFT JOIN accounts a ON a.id = t.account_id\(conditions)
                ORDER BY t.opened_at \(order), t.id \(order) LIMIT ?
                """, values + [Int64(max(0, filter.limit))]).map(ticket)
        }
    }

    /// How many tickets `filter` lets through, whatever its limit.
    public func ticketCount(_ filter: TicketFilter) throws -> Int {
        try read { _ in
            let (conditions, values) = Self.conditions(of: filter)
            return Int(try connection.scalar("SELECT count(*) FROM tickets t\(conditions)", values).integerValue ?? 0)
        }
    }

    /// Ticket `id`, or `unknownTicket`.
    public func ticket(_ id: Int64) throws -> Ticket {
        try read { _ in try loadTicket(id) }
    }

    /// Ticket `id` with its account, its incident and what the desk did to it.
    public func ticketDetail(_ id: Int64) throws -> TicketDetail {
        try read { now in
            let ticket = try loadTicket(id)
            let account = try ticket.account.map(loadAccount)
            let incident = try ticket.incident.flatMap(loadIncident)
            // The audit log is the desk's record. A ticket's lines name it; an action on many tickets
            // at once (linking several, resolving an incident) is one line naming their incident.
            let history = try connection.query("""
                SELECT at, operator, action, detail FROM audit
                WHERE outcome = 'done' AND (ticket = ? OR (ticket IS NULL AND target = ?)) ORDER BY seq
                """, [id, ticket.incident.map(Incident.auditTarget)]).map { row in
                TicketStep(at: Instant(millisecondsSince1970: row.int("at") ?? 0), operatorName: row.text("operator") ?? "",
                           action: row.text("action") ?? "", detail: row.text("detail") ?? "")
            }
            return TicketDetail(ticket: ticket, account: account, incident: incident, history: history, now: now)
        }
    }

    /// Incident `id`, or nil when there is none.
    public func incident(_ id: Int64) throws -> Incident? {
        try read { _ in try loadIncident(id) }
    }

    /// Every ticket linked to incident `id`, oldest first.
    public func tickets(linkedTo incident: Int64) throws -> [Ticket] {
        try read { _ in
            try connection.query("""
                SELECT \(Self.ticketColumns) FROM tickets t LEFT JOIN accounts a ON a.id = t.account_id
                WHERE t.incident_id = ? ORDER BY t.opened_at, t.id
                """, [incident]).map(ticket)
        }
    }

    /// `ticket(_:)` inside a transaction.
    func loadTicket(_ id: Int64) throws -> Ticket {
        guard let row = try connection.queryRow("""
            SELECT \(Self.ticketColumns) FROM tickets t LEFT JOIN accounts a ON a.id = t.account_id WHERE t.id = ?
            """, [id]) else { throw WorldError.unknownTicket(id) }
        return try ticket(row)
    }

    func loadIncident(_ id: Int64) throws -> Incident? {
        try connection.queryRow("SELECT * FROM incidents WHERE id = ?", [id]).map { row in
            Incident(id: id, title: row.text("title") ?? "", openedAt: Instant(millisecondsSince1970: row.int("opened_at") ?? 0),
                     openedBy: row.text("opened_by") ?? "", resolvedAt: Self.instant(row, "resolved_at"), note: row.text("note"))
        }
    }

    /// ` WHERE …` for `filter` (empty when it lets everything through) and its bound values.
    private static func conditions(of filter: TicketFilter) -> (String, [any SQLBindable]) {
        var clauses: [String] = []
        var values: [any SQLBindable] = []
        if !filter.statuses.isEmpty {
            clauses.append("t.status IN (" + filter.statuses.map { _ in "?" }.joined(separator: ", ") + ")")
            values += filter.statuses.map(\.rawValue)
        }
        if let category = filter.category {
            clauses.append("t.category = ?")
            values.append(category)
        }
        if let assignee = filter.assignee {
            clauses.append("t.assignee = ?")
            values.append(assignee)
        }
        if let account = filter.account {
            clauses.append("t.account_id = ?")
            values.append(account.rawValue)
        }
        if let incident = filter.incident {
            clauses.append("t.incident_id = ?")
            values.append(incident)
        }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), values)
    }

    private func ticket(_ row: Row) throws -> Ticket {
        guard let id = row.int("id"), let opened = row.int("opened_at"),
              let status = row.text("status").flatMap(Ticket.Status.init(rawValue:)),
              let priority = row.text("priority").flatMap(Ticket.Priority.init(rawValue:)) else {
            throw WorldError.notAWorld(path: path, why: "ticket \(row.int("id") ?? 0) is damaged")
        }
        return Ticket(id: id, openedAt: Instant(millisecondsSince1970: opened), account: row.int("account_id").map(AccountID.init),
                      username: row.text("username"), channel: row.text("channel") ?? "", says: row.text("says") ?? "",
                      messageSeen: row.text("message_seen"), category: row.text("category") ?? "", priority: priority,
                      status: status, assignee: row.text("assignee"), firstResponseAt: Self.instant(row, "first_response_at"),
                      solvedAt: Self.instant(row, "solved_at"), closedAt: Self.instant(row, "closed_at"),
                      incident: row.int("incident_id"), resolution: row.text("resolution"))
    }

    private static func instant(_ row: Row, _ column: String) -> Instant? {
        row.int(column).map(Instant.init(millisecondsSince1970:))
    }
}
