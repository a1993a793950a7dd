import JSON
import Portal
import World

/// Tickets and incidents as people and JSON read them.
extension WorldText {
    /// A ticket: what the person said, and how the desk worked it, with its times measured on
    /// the world clock.
    func ticketJSON(_ ticket: Ticket) -> JSONValue {
        .object([
            ("id", .integer(ticket.id)),
            ("openedAt", .string(iso(ticket.openedAt))),
            ("account", .string(ticket.username)),
            ("channel", .string(ticket.channel)),
            ("says", .string(ticket.says)),
            ("messageSeen", .string(ticket.messageSeen)),
            ("category", .string(ticket.category)),
            ("priority", .string(ticket.priority.rawValue)),
            ("status", .string(ticket.status.rawValue)),
            ("assignee", .string(ticket.assignee)),
            ("firstResponseAt", iso(ticket.firstResponseAt)),
            ("firstResponseTime", .string(ticket.firstResponseTime.map(Self.span))),
            ("solvedAt", iso(ticket.solvedAt)),
            ("resolutionTime", .string(ticket.resolutionTime.map(Self.span))),
            ("closedAt", iso(ticket.closedAt)),
            ("incident", .integer(ticket.incident)),
            ("resolution", .string(ticket.resolution)),
        ])
    }

    func incidentJSON(_ incident: Incident) -> JSONValue {
        .object([
            ("id", .integer(incident.id)), ("title", .string(incident.title)),
            ("openedAt", .string(iso(incident.openedAt))), ("openedBy", .string(incident.openedBy)),
            ("resolvedAt", iso(incident.resolvedAt)), ("note", .string(incident.note)),
        ])
    }

    func ticketStepJSON(_ step: TicketStep) -> JSONValue {
        .object([
            ("at", .string(iso(step.at))), ("operator", .string(step.operatorName)),
            ("action", .string(step.action)), ("detail", .string(step.detail)),
        ])
    }

    /// The ticket's account: e-mail and phone masked unless `showsPersonalData`.
    func ticketAccountJSON(_ account: Account, showsPersonalData: Bool) -> JSONValue {
        let contact = Self.contact(account, showsPersonalData: showsPersonalData)
        return .object([
            ("id", .string(account.id.description)), ("username", .string(account.username.value)),
            ("email", .string(contact.email)), ("phone", .string(contact.phone)),
        ])
    }

    /// The account's e-mail and phone, masked unless `showsPersonalData`.
    static func contact(_ account: Account, showsPersonalData: Bool) -> (email: String, phone: String?) {
        showsPersonalData
            ? (account.email.value, account.phone?.value)
            : (Masking.email(account.email), account.phone.map(Masking.phone))
    }

    /// `2026-12-01 09:20 WIB (2h20m after opening)`, or how long it has waited when not yet.
    func ticketTime(_ instant: Instant?, after opened: Instant, waiting now: Instant, pending: String) -> String {
        if let instant { return "\(time(instant)) (\(Self.span(instant - opened)) after opening)" }
        return "\(pending) (\(Self.span(now - opened)) so far)"
    }

    /// One line of at most `length` characters (what a person said, in a table cell).
    static func excerpt(_ text: String, length: Int = 48) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        return flat.count <= length ? flat : String(flat.prefix(length - 1)) + "…"
    }
}
