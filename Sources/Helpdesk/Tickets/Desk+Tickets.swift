import Portal
import World

/// Working one ticket: each action needs the `workTickets` permission, checks the lifecycle
/// inside its own transaction (two agents on one ticket cannot both move it), and leaves one
/// audit line naming the ticket — the ticket's history. A refusal changes nothing and is
/// audited.
extension Desk {
    /// Gives ticket `id` to operator `name` (one who works tickets) and opens it; its first
    /// response is now, unless there was one. A solved or closed ticket is refused.
    public func assignTicket(_ id: Int64, to name: String) throws -> Ticket {
        try perform("tickets-assign", target: Ticket.auditTarget(id), ticket: id, needs: [.workTickets]) { audit in
            let before = try world.ticket(id)
            guard TicketLifecycle.mayAssign(before.status) else {
                throw HelpdeskError.refused(before.status == .closed
                    ? TicketLifecycle.refusal(ticket: id, from: .closed, to: .open)
                    : "ticket #\(id) is \(before.status.rawValue): reopen it before giving it to someone "
                        + "('apoa tickets reopen \(id) --note TEXT')")
            }
            guard let assignee = try world.findOperator(name) else {
                throw HelpdeskError.unknownOperator(name, known: try world.operators().map(\.name))
            }
            guard assignee.role.allows(.workTickets) else {
                let article = assignee.role == .supervisor ? "a" : "an"
                throw HelpdeskError.refused("cannot give ticket #\(id) to \(name): \(article) \(assignee.role.rawValue) does not "
                    + "work tickets (only \(Self.ticketWorkers))")
            }
            let after = try world.assignTicket(id, to: name)
            audit.detail = "assigned to \(name)" + (before.assignee.map { $0 == name ? " (already)" : " (was \($0))" } ?? "")
                + Self.changes(from: before, to: after)
            return after
        }
    }

    /// Sets ticket `id` waiting on the person, with `note` saying what for.
    public func markTicketPending(_ id: Int64, note: String) throws -> Ticket {
        try perform("tickets-pending", target: Ticket.auditTarget(id), ticket: id, needs: [.workTickets]) { audit in
            let note = try TicketNote.note(note)
            let before = try world.ticket(id)
            try TicketLifecycle.check(before, to: .pending)
            let after = try world.markTicketPending(id)
            audit.detail = "waiting on the person" + Self.changes(from: before, to: after) + ": \(note)"
            return after
        }
    }

    /// Solves ticket `id` with `note` and, when given, files it under the corrected `category`.
    public func resolveTicket(_ id: Int64, note: String, category: String? = nil) throws -> Ticket {
        try perform("tickets-resolve", target: Ticket.auditTarget(id), ticket: id, needs: [.workTickets]) { audit in
            let note = try TicketNote.note(note)
            if let category, !Ticket.categories.contains(category) {
                throw HelpdeskError.refused("unknown category '\(category)' (one of \(Ticket.categories.joined(separator: ", ")))")
            }
            let before = try world.ticket(id)
            try TicketLifecycle.check(before, to: .solved)
            guard let after = try world.solveTickets([id], note: note, category: category).first else {
                preconditionFailure("solving one ticket gives one ticket back")
            }
            audit.detail = "solved" + Self.changes(from: before, to: after) + ": \(note)"
            return after
        }
    }

    /// Closes solved ticket `id`: done for good.
    public func closeTicket(_ id: Int64) throws -> Ticket {
        try perform("tickets-close", target: Ticket.auditTarget(id), ticket: id, needs: [.workTickets]) { audit in
            let before = try world.ticket(id)
            try TicketLifecycle.check(before, to: .closed)
            let after = try world.closeTicket(id)
            audit.detail = "closed" + Self.changes(from: before, to: after)
            return after
        }
    }

    /// Opens solved ticket `id` again, with `note` saying why (the answer did not help).
    public func reopenTicket(_ id: Int64, note: String) throws -> Ticket {
        try perform("tickets-reopen", target: Ticket.auditTarget(id), ticket: id, needs: [.workTickets]) { audit in
            let note = try TicketNote.note(note)
            let before = try world.ticket(id)
            guard before.status == .solved else {
                throw HelpdeskError.refused(before.status.isOpen
                    ? "ticket #\(id) is \(before.status.rawValue), not solved: there is nothing to reopen"
                    : TicketLifecycle.refusal(ticket: id, from: before.status, to: .open))
            }
            let after = try world.reopenTicket(id)
            audit.detail = "reopened" + Self.changes(from: before, to: after)
                + (before.resolution.map { " (was solved with: \($0))" } ?? "") + ": \(note)"
            return after
        }
    }

    /// The roles that may work tickets, for a refusal: `agent, supervisor or admin`.
    static var ticketWorkers: String {
        TicketLifecycle.alternatives(Operator.Role.allCases.filter { $0.allows(.workTickets) }.map(\.rawValue))
    }

    /// `; new → open; first response 30m after opening; category login → locked`: what changed,
    /// for the audit line.
    static func changes(from before: Ticket, to after: Ticket) -> String {
        var parts: [String] = []
        if before.status != after.status { parts.append("\(before.status.rawValue) → \(after.status.rawValue)") }
        if before.firstResponseAt == nil, let span = after.firstResponseTime {
            parts.append("first response \(seconds(span)) after opening")
        }
        if before.solvedAt != after.solvedAt, let span = after.resolutionTime {
            parts.append("resolved \(seconds(span)) after opening")
        }
        if before.category != after.category { parts.append("category \(before.category) → \(after.category)") }
        return parts.map { "; " + $0 }.joined()
    }

    /// A span to the second (`2h13m7s`), as people read it.
    static func seconds(_ span: TimeSpan) -> TimeSpan {
        .milliseconds(span.milliseconds / 1000 * 1000)
    }
}
