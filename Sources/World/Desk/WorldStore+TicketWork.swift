import Portal
import SQLiteDB

/// How the desk works tickets and incidents, at the world clock.
///
/// These write what they are told: which move is allowed (the lifecycle rule), who may be
/// assigned and whether a note says anything are the desk's to check first (`Helpdesk`), in
/// the same transaction (`audited`). Each returns the ticket as it is afterwards; a ticket
/// that does not exist is `unknownTicket`, and nothing is changed.
extension WorldStore {
    /// Gives ticket `id` to operator `name` and opens it. The first response is now, unless
    /// there was one.
    public func assignTicket(_ id: Int64, to name: String) throws -> Ticket {
        try changeTicket(id, """
            UPDATE tickets SET assignee = ?, status = 'open', first_response_at = COALESCE(first_response_at, ?) WHERE id = ?
            """) { now in [name, now.millisecondsSince1970] }
    }

    /// Sets ticket `id` waiting on the person (pending). Asking the person for something is a
    /// response: the first response is now, unless there was one.
    public func markTicketPending(_ id: Int64) throws -> Ticket {
        try changeTicket(id, """
            UPDATE tickets SET status = 'pending', first_response_at = COALESCE(first_response_at, ?) WHERE id = ?
            """) { now in [now.millisecondsSince1970] }
    }

    /// Solves tickets `ids` with `note`, all at once, and files them under `category` when one
    /// is given. Solving is a response: the first response is now, unless there was one.
    public func solveTickets(_ ids: [Int64], note: String, category: String? = nil) throws -> [Ticket] {
        try transaction { now in
            try ids.map { id in
                try connection.run("""
                    UPDATE tickets SET status = 'solved', solved_at = ?, resolution = ?, category = COALESCE(?, category),
                        first_response_at = COALESCE(first_response_at, ?)
                    WHERE id = ?
                    """, [now.millisecondsSince1970, note, category, now.millisecondsSince1970, id])
                guard connection.changes == 1 else { throw WorldError.unknownTicket(id) }
                return try loadTicket(id)
            }
        }
    }

    /// Closes ticket `id`: done for good.
    public func closeTicket(_ id: Int64) throws -> Ticket {
        try changeTicket(id, "UPDATE tickets SET status = 'closed', closed_at = ? WHERE id = ?") { now in
            [now.millisecondsSince1970]
        }
    }

    /// Opens solved ticket `id` again: its solution no longer stands, so `solved_at` and
    /// `resolution` are cleared (the audit log keeps them); the resolution time will be
    /// measured to the next solve.
    public func reopenTicket(_ id: Int64) throws -> Ticket {
        try changeTicket(id, "UPDATE tickets SET status = 'open', solved_at = NULL, resolution = NULL WHERE id = ?") { _ in [] }
    }

    /// Opens incident `id` with `title`, by operator `name`, at the world clock (the desk has
    /// checked that there is no incident `id` yet).
    public func openIncident(_ id: Int64, title: String, by name: String) throws -> Incident {
        try transaction { now in
            try connection.run("INSERT INTO incidents (id, title, opened_at, opened_by) VALUES (?, ?, ?, ?)",
                               [id, title, now.millisecondsSince1970, name])
            return Incident(id: id, title: title, openedAt: now, openedBy: name, resolvedAt: nil, note: nil)
        }
    }

    /// Links tickets `ids` to incident `incident` (which must exist), all or none.
    public func linkTickets(_ ids: [Int64], to incident: Int64) throws -> [Ticket] {
        try transaction { _ in
            try ids.map { id in
                try connection.run("UPDATE tickets SET incident_id = ? WHERE id = ?", [incident, id])
                guard connection.changes == 1 else { throw WorldError.unknownTicket(id) }
                return try loadTicket(id)
            }
        }
    }

    /// Marks incident `id` resolved with `note` at the world clock (its tickets are solved with
    /// `solveTickets`, in the same desk action).
    public func resolveIncident(_ id: Int64, note: String) throws -> Incident {
        try transaction { now in
            try connection.run("UPDATE incidents SET resolved_at = ?, note = ? WHERE id = ?", [now.millisecondsSince1970, note, id])
            guard let incident = try loadIncident(id) else { throw WorldError.unknownIncident(id) }
            return incident
        }
    }

    /// Runs one UPDATE of ticket `id` (its last bound value) at the world clock, and reads it back.
    private func changeTicket(_ id: Int64, _ sql: String, values: (Instant) -> [any SQLBindable]) throws -> Ticket {
        try transaction { now in
            try connection.run(sql, values(now) + [id])
            guard connection.changes == 1 else { throw WorldError.unknownTicket(id) }
            return try loadTicket(id)
        }
    }
}
