import Portal
import Testing
@testable import World

/// A world with two people and four tickets, opened 3h, 2h, 1h and 30m before the clock.
struct TicketWorld {
    let directory: TemporaryDirectory
    let world: WorldStore

    /// The simulator's answer for ticket 1, which nothing the desk reads may contain.
    static let hiddenCause = "otp-undelivered-outage"

    init() throws {
        directory = try TemporaryDirectory()
        let builder = try WorldBuilder(path: directory.file("world.sqlite"), policy: .standard, now: Fixtures.start,
                                       zone: .jakarta, meta: [])
        try builder.addGeneratedAccount(Self.person(1, "ani.wijaya", phone: "+6281234567890", nik: "3174015008900001"))
        try builder.addGeneratedAccount(Self.person(2, "budi.santoso", phone: "+6281298765432", nik: "3174011203850002"))
        let tickets = [
            TicketRecord(id: 1, openedAt: Fixtures.start - .hours(3), account: AccountID(1), channel: "hotline",
                         says: "Kode OTP tidak pernah masuk.", messageSeen: nil, category: "otp", trueCause: Self.hiddenCause),
            TicketRecord(id: 2, openedAt: Fixtures.start - .hours(2), account: AccountID(2), channel: "email",
                         says: "My account is locked.", messageSeen: "Invalid username or password.", category: "login",
                         trueCause: "locked-temporary", priority: "high"),
            TicketRecord(id: 3, openedAt: Fixtures.start - .hours(1), account: AccountID(1), channel: "form",
                         says: "The code never came.", messageSeen: nil, category: "otp", trueCause: Self.hiddenCause),
            TicketRecord(id: 4, openedAt: Fixtures.start - .minutes(30), account: nil, channel: "hotline",
                         says: "The site is down.", messageSeen: nil, category: "outage", trueCause: "service-outage",
                         priority: "urgent"),
        ]
        for ticket in tickets { try builder.addTicket(ticket) }
        world = try builder.finish()
    }

    static func person(_ id: Int64, _ name: String, phone: String, nik: String) -> GeneratedAccount {
        GeneratedAccount(id: AccountID(id), username: name, email: "\(name)@example.id", phone: phone, kind: .citizen,
                         language: .indonesian, secondFactor: .sms, verification: .verified, createdAt: Fixtures.start - .days(30),
                         lastLoginAt: nil, isStepUpDue: false, documentType: .nik, documentNumber: nik)
    }

    func remove() { directory.remove() }
}

@Suite("Tickets in the world")
struct TicketStoreTests {
    @Test("lists filter by status, category, account, assignee and incident; newest or oldest first; limited and counted")
    func filters() throws {
        let setup = try TicketWorld()
        defer { setup.remove() }
        let world = setup.world
        #expect(try world.tickets(TicketFilter()).map(\.id) == [4, 3, 2, 1])
        #expect(try world.tickets(TicketFilter(isNewestFirst: false, limit: 2)).map(\.id) == [1, 2])
        #expect(try world.ticketCount(TicketFilter(limit: 2)) == 4)
        #expect(try world.tickets(TicketFilter(category: "otp")).map(\.id) == [3, 1])
        #expect(try world.tickets(TicketFilter(account: AccountID(2))).map(\.id) == [2])
        _ = try world.assignTicket(2, to: "admin")
        _ = try world.solveTickets([3], note: "sent a new code")
        #expect(try world.tickets(TicketFilter(statuses: TicketFilter.openStatuses)).map(\.id) == [4, 2, 1])
        #expect(try world.tickets(TicketFilter(statuses: [.solved])).map(\.id) == [3])
        #expect(try world.tickets(TicketFilter(assignee: "admin")).map(\.id) == [2])
        #expect(try world.ticketCount(TicketFilter(statuses: [.new], category: "otp")) == 1)
        _ = try world.openIncident(1, title: "SMS gateway down", by: "admin")
        _ = try world.linkTickets([1, 3], to: 1)
        #expect(try world.tickets(TicketFilter(incident: 1)).map(\.id) == [3, 1])
        #expect(try world.tickets(linkedTo: 1).map(\.id) == [1, 3])
    }

    @Test("a ticket reads back what the person said and whose it is, and never the simulator's true cause")
    func reading() throws {
        let setup = try TicketWorld()
        defer { setup.remove() }
        let ticket = try setup.world.ticket(2)
        #expect(ticket.says == "My account is locked." && ticket.messageSeen == "Invalid username or password.")
        #expect(ticket.username == "budi.santoso" && ticket.channel == "email" && ticket.priority == .high)
        #expect(ticket.status == .new && ticket.assignee == nil && ticket.firstResponseTime == nil)
        #expect(try setup.world.ticket(4).username == nil)
        let everything = String(describing: try setup.world.tickets(TicketFilter()))
            + String(describing: try setup.world.ticketDetail(1))
        #expect(!everything.contains(TicketWorld.hiddenCause))
        #expect(throws: WorldError.unknownTicket(99)) { try setup.world.ticket(99) }
    }

    @Test("assign opens the ticket; the first response is the first answer, on the world clock")
    func assign() throws {
        let setup = try TicketWorld()
        defer { setup.remove() }
        let world = setup.world
        try world.advanceClock(by: .minutes(15))
        let assigned = try world.assignTicket(1, to: "admin")
        #expect(assigned.status == .open && assigned.assignee == "admin")
        #expect(assigned.firstResponseAt == Fixtures.start + .minutes(15))
        #expect(assigned.firstResponseTime == .hours(3) + .minutes(15))
        try world.advanceClock(by: .hours(1))
        let pending = try world.markTicketPending(1)
        #expect(pending.status == .pending && pending.firstResponseTime == .hours(3) + .minutes(15))
        #expect(try world.markTicketPending(2).firstResponseTime == .hours(3) + .minutes(15))
    }

    @Test("solve, reopen and close: solved_at, the note and a corrected category; reopening clears the solution")
    func solveReopenClose() throws {
        let setup = try TicketWorld()
        defer { setup.remove() }
        let world = setup.world
        try world.advanceClock(by: .hours(1))
        let solved = try #require(try world.solveTickets([2], note: "unlocked", category: "locked").first)
        #expect(solved.status == .solved && solved.resolution == "unlocked" && solved.category == "locked")
        #expect(solved.resolutionTime == .hours(3) && solved.firstResponseTime == .hours(3))
        let reopened = try world.reopenTicket(2)
        #expect(reopened.status == .open && reopened.solvedAt == nil && reopened.resolution == nil)
        #expect(reopened.firstResponseTime == .hours(3) && reopened.category == "locked")
        try world.advanceClock(by: .minutes(30))
        _ = try world.solveTickets([2], note: "unlocked again")
        let closed = try world.closeTicket(2)
        #expect(closed.status == .closed && closed.closedAt == Fixtures.start + .minutes(90))
        #expect(closed.resolutionTime == .hours(3) + .minutes(30))
    }

    @Test("an unknown ticket changes nothing, even among known ones")
    func unknown() throws {
        let setup = try TicketWorld()
        defer { setup.remove() }
        let world = setup.world
        _ = try world.openIncident(1, title: "SMS gateway down", by: "admin")
        #expect(throws: WorldError.unknownTicket(99)) { try world.linkTickets([1, 99], to: 1) }
        #expect(throws: WorldError.unknownTicket(99)) { try world.solveTickets([1, 99], note: "done") }
        #expect(throws: WorldError.unknownTicket(99)) { try world.assignTicket(99, to: "admin") }
        #expect(try world.ticket(1).incident == nil && world.ticket(1).status == .new)
        #expect(throws: WorldError.unknownIncident(5)) { try world.resolveIncident(5, note: "done") }
    }

    @Test("an incident opens at the clock with its operator, and resolves with its note")
    func incidents() throws {
        let setup = try TicketWorld()
        defer { setup.remove() }
        let world = setup.world
        #expect(try world.incident(1) == nil)
        let opened = try world.openIncident(1, title: "SMS gateway down", by: "admin")
        #expect(try world.incident(1) == opened && opened.openedAt == Fixtures.start && !opened.isResolved)
        _ = try world.linkTickets([1, 3], to: 1)
        #expect(try world.ticketDetail(3).incident == opened)
        try world.advanceClock(by: .hours(2))
        let resolved = try world.resolveIncident(1, note: "the gateway is back")
        #expect(resolved.resolvedAt == Fixtures.start + .hours(2) && resolved.note == "the gateway is back")
    }
}
