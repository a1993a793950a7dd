import Portal
import World

/// What linking tickets to an incident did.
public struct IncidentLink: Equatable, Sendable {
    /// The incident, as it is now.
    public let incident: Incident
    /// Whether this link opened the incident.
    public let isNew: Bool
    /// The linked tickets, as they are now.
    public let tickets: [Ticket]
}

/// What resolving an incident did.
public struct IncidentResolution: Equatable, Sendable {
    /// The incident, resolved.
    public let incident: Incident
    /// The linked tickets it solved, with the incident's note.
    public let solved: [Ticket]
    /// The linked tickets that were solved or closed already, left as they were.
    public let untouched: [Ticket]
}

/// Incidents: many people with one problem (an outage). Their tickets are linked to one
/// incident and solved together when it is resolved, with its note.
extension Desk {
    /// Links tickets `ids` to incident `number`, opening it with `title` when there is none.
    ///
    /// All or nothing: refused for an unknown or closed ticket, a resolved incident, a missing
    /// incident without a title, or a title that is not the existing incident's. A ticket
    /// linked elsewhere moves to this incident. Linking changes no ticket's status.
    public func linkTickets(_ ids: [Int64], toIncident number: Int64, title: String? = nil) throws -> IncidentLink {
        let unique = ids.reduce(into: [Int64]()) { list, id in if !list.contains(id) { list.append(id) } }
        return try perform("tickets-link", target: Incident.auditTarget(number), ticket: unique.count == 1 ? unique.first : nil,
                           needs: [.workTickets]) { audit in
            guard !unique.isEmpty else { throw HelpdeskError.refused("name at least one ticket to link to incident #\(number)") }
            let title = try title.map(TicketNote.title)
            let existing = try world.incident(number)
            if let existing {
                guard !existing.isResolved else {
                    throw HelpdeskError.refused("incident #\(number) '\(existing.title)' was resolved "
                        + "\(existing.resolvedAt.map { "at \($0.display(in: world.zone))" } ?? ""); link the tickets to an open "
                        + "incident, or resolve each with 'apoa tickets resolve ID --note TEXT'")
                }
                if let title, title != existing.title {
                    throw HelpdeskError.refused("incident #\(number) is already called '\(existing.title)'; "
                        + "leave out --title to link to it, or pick a new incident number")
                }
            }
            let before = try unique.map { try world.ticket($0) }
            if let closed = before.first(where: { $0.status == .closed }) {
                throw HelpdeskError.refused("ticket #\(closed.id) is closed, and a closed ticket is final: it cannot be linked")
            }
            let incident: Incident
            if let existing {
                incident = existing
            } else {
                guard let title else {
                    throw HelpdeskError.refused("no incident #\(number): give --title TEXT to open it")
                }
                incident = try world.openIncident(number, title: title, by: actor.name)
            }
            let tickets = try world.linkTickets(unique, to: number)
            let moved = before.filter { $0.incident != nil && $0.incident != number }
            audit.detail = "linked \(Self.list(unique)) to incident #\(number) '\(incident.title)'"
                + (existing == nil ? " (opened it)" : "")
                + (moved.isEmpty ? "" : "; moved from " + moved.map { "#\($0.incident ?? 0) (ticket #\($0.id))" }
                    .joined(separator: ", "))
            return IncidentLink(incident: incident, isNew: existing == nil, tickets: tickets)
        }
    }

    /// Resolves incident `number` with `note`, and solves every linked ticket that is not solved
    /// or closed already with the same note — together, in one transaction.
    public func resolveIncident(_ number: Int64, note: String) throws -> IncidentResolution {
        try perform("tickets-resolve", target: Incident.auditTarget(number), needs: [.workTickets]) { audit in
            let note = try TicketNote.note(note)
            guard let incident = try world.incident(number) else { throw WorldError.unknownIncident(number) }
            guard !incident.isResolved else {
                throw HelpdeskError.refused("incident #\(number) '\(incident.title)' was already resolved "
                    + "\(incident.resolvedAt.map { "at \($0.display(in: world.zone))" } ?? "")")
            }
            let linked = try world.tickets(linkedTo: number)
            let toSolve = linked.filter { TicketLifecycle.allows(from: $0.status, to: .solved) }
            let untouched = linked.filter { !TicketLifecycle.allows(from: $0.status, to: .solved) }
            let solved = try world.solveTickets(toSolve.map(\.id), note: note)
            let resolved = try world.resolveIncident(number, note: note)
            audit.detail = "resolved incident #\(number) '\(incident.title)'; solved "
                + (solved.isEmpty ? "no tickets" : Self.list(solved.map(\.id)))
                + (untouched.isEmpty ? "" : "; left \(Self.list(untouched.map(\.id))) (already solved or closed)")
                + ": \(note)"
            return IncidentResolution(incident: resolved, solved: solved, untouched: untouched)
        }
    }

    /// `ticket #4` or `tickets #4, #7, #9`.
    static func list(_ ids: [Int64]) -> String {
        (ids.count == 1 ? "ticket " : "tickets ") + ids.map { "#\($0)" }.joined(separator: ", ")
    }
}
