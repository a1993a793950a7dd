import JSON
import Portal
import World

/// `apoa tickets list | show`: the desk's queue, and one ticket with what the person said and
/// how the desk worked it.
enum TicketCommands {
    static let list = CommandSpec(
        ["tickets", "list"],
        summary: "List tickets — the open queue, or by status, category, assignee, account or incident.",
        discussion: """
            Newest first; --oldest gives the order a queue is worked in. Open tickets are those the desk
            still owes an answer: new, open and pending. Statuses: \(statuses). Categories: \(categories).
            """,
        options: [
            .flag("open", "only new, open and pending tickets"),
            .value("status", "S", "only tickets in this status"),
            .value("category", "C", "only tickets in this category"),
            .value("assignee", "NAME", "only tickets given to this operator"),
            .value("account", "WHO", "only this account's tickets (username, e-mail, phone or document number)"),
            .value("incident", "N", "only tickets linked to this incident"),
            .flag("oldest", "oldest first"),
            .value("limit", "N", "at most N tickets (default: 100)"),
        ],
        examples: [
            "apoa tickets list --open --oldest", "apoa tickets list --category otp --status new --limit 20",
            "apoa tickets list --assignee rina --json", "apoa tickets list --incident 1",
        ],
        run: runList)

    static let show = CommandSpec(
        ["tickets", "show"],
        summary: "Show a ticket: what the person said, whose it is, how the desk worked it, and its history.",
        discussion: """
            Times are on the world clock: the first response (when the desk first assigned, asked or
            solved) and the resolution, each measured from when the person made contact. The history is
            the audit log's lines for the ticket. E-mail and phone are masked unless the operator's role
            may see personal data.
            """,
        arguments: [.required("ID", "the ticket's number")],
        examples: ["apoa tickets show 12", "apoa tickets show 12 --as rina --json"],
        run: runShow)

    static let statuses = Ticket.Status.allCases.map(\.rawValue).joined(separator: ", ")
    static let categories = Ticket.categories.joined(separator: ", ")

    static func runList(_ invocation: inout Invocation) throws {
        var filter = TicketFilter(isNewestFirst: !invocation.flag("oldest"))
        let status: Ticket.Status? = try invocation.choice("status")
        if invocation.flag("open"), status != nil { throw invocation.usage("--open and --status both choose statuses: give one") }
        filter.statuses = invocation.flag("open") ? TicketFilter.openStatuses : status.map { [$0] } ?? []
        filter.category = try invocation.ticketCategory()
        filter.assignee = invocation.value("assignee")
        filter.incident = try invocation.incidentNumber()
        filter.limit = try invocation.count("limit", expected: "a whole number ≥ 1") ?? 100
        let world = try invocation.openWorld()
        _ = try invocation.reader(world)
        filter.account = try invocation.value("account").map { try world.account(matching: $0).id }
        let tickets = try world.tickets(filter)
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.array(tickets.map(text.ticketJSON)).rendered())
            return
        }
        guard !tickets.isEmpty else {
            invocation.say("no tickets match")
            return
        }
        var table = TextTable(["ID", "OPENED", "STATUS", "PRIORITY", "CATEGORY", "ACCOUNT", "ASSIGNEE", "SAYS"])
        for ticket in tickets {
            table.add([String(ticket.id), text.time(ticket.openedAt), ticket.status.rawValue, ticket.priority.rawValue,
                       ticket.category, ticket.username ?? "—", ticket.assignee ?? "—", WorldText.excerpt(ticket.says)])
        }
        invocation.print(table.rendered(style: invocation.style))
        if tickets.count == filter.limit {
            let total = try world.ticketCount(filter)
            if total > tickets.count { invocation.say("(\(tickets.count) of \(total); --limit N for more)") }
        }
    }

    static func runShow(_ invocation: inout Invocation) throws {
        let id = try invocation.ticketID()
        let world = try invocation.openWorld()
        let showsPersonalData = try invocation.reader(world)?.showsPersonalData ?? false
        let detail = try world.ticketDetail(id)
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("ticket", text.ticketJSON(detail.ticket)),
                ("account", detail.account.map { text.ticketAccountJSON($0, showsPersonalData: showsPersonalData) } ?? .null),
                ("incident", detail.incident.map(text.incidentJSON) ?? .null),
                ("history", .array(detail.history.map(text.ticketStepJSON))),
                ("now", .string(text.iso(detail.now))),
            ]).rendered())
            return
        }
        let ticket = detail.ticket
        let style = invocation.style
        invocation.print(style.bold("ticket #\(ticket.id)") + "  \(ticket.status.rawValue)  \(ticket.priority.rawValue) priority  "
            + ticket.category)
        printRows(personRows(detail, showsPersonalData: showsPersonalData, text: text), to: invocation)
        // What the person said comes first, on its own; the desk's reading of the account
        // belongs right after it, before how the desk worked the ticket.
        invocation.print("\nHANDLING")
        printRows(handlingRows(detail, text: text), to: invocation)
        guard !detail.history.isEmpty else { return }
        var table = TextTable(["TIME", "OPERATOR", "ACTION", "DETAIL"])
        for step in detail.history {
            table.add([text.time(step.at), step.operatorName, step.action, step.detail])
        }
        invocation.print("\nHISTORY\n" + table.rendered(style: style))
    }

    /// Who made contact, how, and what they said and saw.
    private static func personRows(_ detail: TicketDetail, showsPersonalData: Bool, text: WorldText) -> [(String, String)] {
        let ticket = detail.ticket
        var account = "none given"
        if let holder = detail.account {
            let contact = WorldText.contact(holder, showsPersonalData: showsPersonalData)
            account = "\(holder.username)  (\([contact.email, contact.phone].compactMap { $0 }.joined(separator: ", ")))"
        }
        return [
            ("opened", "\(text.time(ticket.openedAt)) by \(ticket.channel)"),
            ("account", account),
            ("says", ticket.says),
            ("message seen", ticket.messageSeen ?? "—"),
        ]
    }

    /// Status, who has it, its times on the world clock, its incident and resolution.
    private static func handlingRows(_ detail: TicketDetail, text: WorldText) -> [(String, String)] {
        let ticket = detail.ticket
        var rows: [(String, String)] = [
            ("status", ticket.status.rawValue),
            ("assignee", ticket.assignee ?? "—"),
            ("first response", text.ticketTime(ticket.firstResponseAt, after: ticket.openedAt, waiting: detail.now,
                                               pending: "not yet")),
            ("solved", ticket.status.isOpen
                ? text.ticketTime(nil, after: ticket.openedAt, waiting: detail.now, pending: "not yet")
                : text.ticketTime(ticket.solvedAt, after: ticket.openedAt, waiting: detail.now, pending: "—")),
        ]
        if let closed = ticket.closedAt { rows.append(("closed", text.time(closed))) }
        if let incident = detail.incident {
            let state = incident.resolvedAt.map { "resolved \(text.time($0))" } ?? "open"
            rows.append(("incident", "#\(incident.id) \(incident.title)  (opened \(text.time(incident.openedAt)) by "
                + "\(incident.openedBy); \(state))"))
        }
        if let resolution = ticket.resolution { rows.append(("resolution", resolution)) }
        return rows
    }

    private static func printRows(_ rows: [(String, String)], to invocation: Invocation) {
        for (label, value) in rows {
            invocation.print("  " + label + String(repeating: " ", count: 16 - label.count) + value)
        }
    }
}
