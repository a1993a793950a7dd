import World

/// THE TICKET LIFECYCLE: which status a ticket may move to from which.
///
/// A new ticket is taken up (open), waits on the person (pending) or is solved straight away;
/// an open one waits or is solved; a pending one is taken up again or solved; a solved one is
/// closed, or reopened when the answer did not help; a closed one is final.
public enum TicketLifecycle {
    /// The statuses a ticket in `status` may move to.
    public static func moves(from status: Ticket.Status) -> [Ticket.Status] {
        switch status {
        case .new: [.open, .pending, .solved]
        case .open: [.pending, .solved]
        case .pending: [.open, .solved]
        case .solved: [.closed, .open]
        case .closed: []
        }
    }

    /// Whether a ticket in `from` may move to `to`.
    public static func allows(from: Ticket.Status, to: Ticket.Status) -> Bool {
        moves(from: from).contains(to)
    }

    /// Whether a ticket in `status` may be given to an operator: only while the desk still owes
    /// an answer. A solved ticket is reopened first, so that giving it to someone never quietly
    /// undoes a solution.
    public static func mayAssign(_ status: Ticket.Status) -> Bool {
        status.isOpen
    }

    /// Why ticket `id` in `from` may not move to `to`, and what to do instead, in one line.
    public static func refusal(ticket id: Int64, from: Ticket.Status, to: Ticket.Status) -> String {
        if from == to { return "ticket #\(id) is already \(from.rawValue)" }
        let allowed = moves(from: from)
        guard !allowed.isEmpty else { return "ticket #\(id) is \(from.rawValue), and a closed ticket is final" }
        var text = "ticket #\(id) is \(from.rawValue): it may move to \(alternatives(allowed.map(\.rawValue))), "
            + "not to \(to.rawValue)"
        if to == .closed {
            text += " (resolve it first: 'apoa tickets resolve \(id) --note TEXT')"
        } else if from == .solved {
            text += " (reopen it first: 'apoa tickets reopen \(id) --note TEXT')"
        }
        return text
    }

    /// `open`, `open or solved`, `open, pending or solved`.
    static func alternatives(_ words: [String]) -> String {
        words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }

    /// Refuses, with `refusal`, a move the lifecycle does not allow.
    static func check(_ ticket: Ticket, to status: Ticket.Status) throws(HelpdeskError) {
        guard allows(from: ticket.status, to: status) else {
            throw .refused(refusal(ticket: ticket.id, from: ticket.status, to: status))
        }
    }
}
