import Helpdesk
import JSON
import Portal
import World

/// `apoa tickets assign | pending | resolve | reopen | close | link`: working tickets at the
/// desk. Each needs an operator whose role works tickets (agent, supervisor or admin), checks the
/// ticket lifecycle, and is one audit line; a refusal exits 1, changes nothing and is audited.
enum TicketDeskCommands {
    static let lifecycle = """
        Lifecycle: new → open, pending or solved; open → pending or solved; pending → open or solved;
        solved → closed, or open again (reopen); closed is final.
        """

    static let assign = CommandSpec(
        ["tickets", "assign"],
        summary: "Give a ticket to an operator and open it; the first response is timed from here.",
        discussion: """
            The operator must exist and work tickets. A new or pending ticket becomes open; giving an open
            one to someone else keeps it open. A solved ticket is reopened first.
            \(lifecycle)
            """,
        arguments: [.required("ID", "the ticket's number")],
        options: [.value("to", "NAME", required: true, "the operator who takes it")],
        examples: ["apoa tickets assign 12 --to rina", "apoa tickets assign 12 --to rina --as supervisor.sari"],
        run: runAssign)

    static let pending = CommandSpec(
        ["tickets", "pending"],
        summary: "Set a ticket waiting on the person, with a note saying what for.",
        discussion: lifecycle,
        arguments: [.required("ID", "the ticket's number")],
        options: [.value("note", "TEXT", required: true, "what the desk asked the person for")],
        examples: [#"apoa tickets pending 12 --note "asked for a photo of the passport page""#],
        run: runPending)

    static let resolve = CommandSpec(
        ["tickets", "resolve"],
        summary: "Solve a ticket with a note — or every open ticket of an incident, together.",
        discussion: """
            With ID: the ticket is solved with the note, and --category files it where it belongs when the
            first guess was wrong. With --incident N: the incident is resolved, and every ticket linked to
            it that is not solved or closed yet is solved with the same note, in one step.
            Categories: \(TicketCommands.categories).
            \(lifecycle)
            """,
        arguments: [.optional("ID", "the ticket's number (or give --incident)")],
        options: [
            .value("note", "TEXT", required: true, "what was wrong and what was done"),
            .value("category", "C", "the corrected category"),
            .value("incident", "N", "resolve this incident and its open tickets instead"),
        ],
        examples: [
            #"apoa tickets resolve 12 --note "unlocked after a reset; the lock came from an attack" --category locked"#,
            #"apoa tickets resolve --incident 1 --note "the SMS gateway is back; codes arrive again""#,
        ],
        run: runResolve)

    static let reopen = CommandSpec(
        ["tickets", "reopen"],
        summary: "Open a solved ticket again, with a note saying why.",
        discussion: "Its solution is cleared (the audit log keeps it); its resolution time runs to the next solve.",
        arguments: [.required("ID", "the ticket's number")],
        options: [.value("note", "TEXT", required: true, "why the answer did not help")],
        examples: [#"apoa tickets reopen 12 --note "the new code did not arrive either""#],
        run: runReopen)

    static let close = CommandSpec(
        ["tickets", "close"],
        summary: "Close a solved ticket for good.",
        discussion: lifecycle,
        arguments: [.required("ID", "the ticket's number")],
        examples: ["apoa tickets close 12"],
        run: runClose)

    static let link = CommandSpec(
        ["tickets", "link"],
        summary: "Link tickets to an incident (opening it with --title), to resolve them together.",
        discussion: """
            All or nothing: an unknown or closed ticket links none. An incident that does not exist yet is
            opened with --title; one that is resolved takes no more tickets. A ticket linked elsewhere moves
            to this incident. Linking changes no ticket's status: 'apoa tickets resolve --incident N' does.
            """,
        arguments: [.variadic("ID", "the tickets' numbers (spaces or commas between them)")],
        options: [
            .value("incident", "N", required: true, "the incident's number"),
            .value("title", "TEXT", "what went wrong, to open a new incident"),
        ],
        examples: [
            #"apoa tickets link 4 7 9 --incident 1 --title "SMS gateway down""#,
            "apoa tickets link 12 --incident 1",
        ],
        run: runLink)

    static func runAssign(_ invocation: inout Invocation) throws {
        let id = try invocation.ticketID()
        let name = try invocation.required("to")
        let world = try invocation.openWorld()
        let ticket = try invocation.desk(world).assignTicket(id, to: name)
        try report(ticket, in: world, to: invocation, "ticket #\(id): assigned to \(name); \(ticket.status.rawValue)"
            + (ticket.firstResponseTime.map { " (first response \(WorldText.span($0)) after opening)" } ?? ""))
    }

    static func runPending(_ invocation: inout Invocation) throws {
        let id = try invocation.ticketID()
        let note = try invocation.required("note")
        let world = try invocation.openWorld()
        let ticket = try invocation.desk(world).markTicketPending(id, note: note)
        try report(ticket, in: world, to: invocation, "ticket #\(id): pending, waiting on the person")
    }

    static func runResolve(_ invocation: inout Invocation) throws {
        let note = try invocation.required("note")
        let category = try invocation.ticketCategory()
        let incident = try invocation.incidentNumber()
        if let incident {
            guard invocation.positional("ID") == nil else { throw invocation.usage("give a ticket ID or --incident N, not both") }
            guard category == nil else { throw invocation.usage("--category corrects one ticket: it cannot go with --incident") }
            let world = try invocation.openWorld()
            let resolution = try invocation.desk(world).resolveIncident(incident, note: note)
            try report(resolution, in: world, to: invocation)
            return
        }
        guard invocation.positional("ID") != nil else { throw invocation.usage("missing ID (or --incident N)") }
        let id = try invocation.ticketID()
        let world = try invocation.openWorld()
        let ticket = try invocation.desk(world).resolveTicket(id, note: note, category: category)
        try report(ticket, in: world, to: invocation, "ticket #\(id): solved"
            + (ticket.resolutionTime.map { " \(WorldText.span($0)) after opening" } ?? "")
            + (category.map { ", filed under \($0)" } ?? ""))
    }

    static func runReopen(_ invocation: inout Invocation) throws {
        let id = try invocation.ticketID()
        let note = try invocation.required("note")
        let world = try invocation.openWorld()
        let ticket = try invocation.desk(world).reopenTicket(id, note: note)
        try report(ticket, in: world, to: invocation, "ticket #\(id): open again")
    }

    static func runClose(_ invocation: inout Invocation) throws {
        let id = try invocation.ticketID()
        let world = try invocation.openWorld()
        let ticket = try invocation.desk(world).closeTicket(id)
        try report(ticket, in: world, to: invocation, "ticket #\(id): closed")
    }

    static func runLink(_ invocation: inout Invocation) throws {
        let ids = try invocation.ticketIDs()
        guard let number = try invocation.incidentNumber() else { throw invocation.usage("missing --incident N") }
        let world = try invocation.openWorld()
        let link = try invocation.desk(world).linkTickets(ids, toIncident: number, title: invocation.value("title"))
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("incident", text.incidentJSON(link.incident)), ("opened", .bool(link.isNew)),
                ("tickets", .array(link.tickets.map(text.ticketJSON))),
            ]).rendered())
            return
        }
        invocation.say("linked \(plural(ids.count, "ticket")) (\(ids.map { "#\($0)" }.joined(separator: ", "))) to incident "
            + "#\(number) '\(link.incident.title)'" + (link.isNew ? " (opened now)" : ""))
    }

    /// The ticket as JSON, or `line`.
    private static func report(_ ticket: Ticket, in world: WorldStore, to invocation: Invocation, _ line: String) throws {
        if invocation.wantsJSON {
            invocation.print(WorldText(zone: world.zone).ticketJSON(ticket).rendered())
        } else {
            invocation.say(line)
        }
    }

    private static func report(_ resolution: IncidentResolution, in world: WorldStore, to invocation: Invocation) throws {
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("incident", text.incidentJSON(resolution.incident)),
                ("solved", .array(resolution.solved.map(text.ticketJSON))),
                ("untouched", .array(resolution.untouched.map { .integer($0.id) })),
            ]).rendered())
            return
        }
        let numbers = { (tickets: [Ticket]) in tickets.map { "#\($0.id)" }.joined(separator: ", ") }
        invocation.say("incident #\(resolution.incident.id) '\(resolution.incident.title)': resolved; solved "
            + plural(resolution.solved.count, "ticket") + (resolution.solved.isEmpty ? "" : " (\(numbers(resolution.solved)))")
            + (resolution.untouched.isEmpty ? "" : "; \(numbers(resolution.untouched)) already solved or closed"))
    }
}
