import Foundation
import Portal
import Testing
import World
@testable import Helpdesk

/// A world with one person, three new tickets opened an hour apart (the last one at the
/// clock), an agent `rina` and an auditor `ida`.
private struct TicketDesk {
    let directory: String
    let world: WorldStore
    static let start = Instant(millisecondsSince1970: 1_796_083_200_000)  // 2026-12-01T07:00:00+07:00

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-helpdesk-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let builder = try WorldBuilder(path: "\(directory)/world.sqlite", policy: .standard, now: Self.start, zone: .jakarta, meta: [])
        try builder.addGeneratedAccount(GeneratedAccount(
            id: AccountID(1), username: "ani.wijaya", email: "ani@example.id", phone: "+6281234567890", kind: .citizen,
            language: .indonesian, secondFactor: .sms, verification: .verified, createdAt: Self.start - .days(30),
            lastLoginAt: nil, isStepUpDue: false, documentType: .nik, documentNumber: "3174015008900001"))
        for id in Int64(1)...3 {
            try builder.addTicket(TicketRecord(id: id, openedAt: Self.start - .hours(3 - id), account: AccountID(1), channel: "hotline",
                                               says: "Kode OTP tidak pernah masuk.", messageSeen: nil, category: "otp",
                                               trueCause: "otp-undelivered-outage"))
        }
        world = try builder.finish()
        _ = try world.addOperator("rina", role: .agent)
        _ = try world.addOperator("ida", role: .auditor)
    }

    func desk(_ name: String) throws -> Desk {
        try Desk(world: world, operatorName: name, action: "test")
    }

    /// The newest audit line.
    func lastAudit() throws -> AuditEntry? {
        try world.auditEntries(limit: 1).first
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

@Suite("Working tickets at the desk")
struct TicketDeskTests {
    @Test("an agent takes a ticket, asks the person, solves and closes it; each step is one audit line naming the ticket")
    func wholeLife() throws {
        let setup = try TicketDesk()
        defer { setup.remove() }
        let rina = try setup.desk("rina")
        try setup.world.advanceClock(by: .minutes(20))
        let open = try rina.assignTicket(1, to: "rina")
        #expect(open.status == .open && open.firstResponseTime == .hours(2) + .minutes(20))
        #expect(try setup.lastAudit()?.detail == "assigned to rina; new → open; first response 2h20m after opening")
        _ = try rina.markTicketPending(1, note: "  asked for the phone number she uses ")
        #expect(try setup.lastAudit()?.detail == "waiting on the person; open → pending: asked for the phone number she uses")
        try setup.world.advanceClock(by: .minutes(40))
        let solved = try rina.resolveTicket(1, note: "the SMS gateway was down; codes arrive again", category: "otp")
        #expect(solved.status == .solved && solved.resolutionTime == .hours(3))
        #expect(try setup.lastAudit()?.detail == "solved; pending → solved; resolved 3h after opening: the SMS gateway was down; codes arrive again")
        _ = try rina.closeTicket(1)
        let history = try setup.world.ticketDetail(1).history
        #expect(history.map(\.action) == ["tickets-assign", "tickets-pending", "tickets-resolve", "tickets-close"])
        #expect(history.allSatisfy { $0.operatorName == "rina" })
        #expect(try setup.world.verifyAudit().firstBreak == nil)
    }

    @Test("refused, audited, and nothing changed: closing an open ticket, an empty note, an unknown ticket or operator, an auditor")
    func refusals() throws {
        let setup = try TicketDesk()
        defer { setup.remove() }
        let rina = try setup.desk("rina")
        _ = try rina.assignTicket(2, to: "rina")
        let cases: [(String, () throws -> Void)] = [
            ("ticket #2 is open: it may move to pending or solved, not to closed (resolve it first: 'apoa tickets resolve 2 --note TEXT')",
             { _ = try rina.closeTicket(2) }),
            ("the note is empty: say what was done, or what the person must do", { _ = try rina.resolveTicket(2, note: "  ") }),
            ("no ticket #99 (see 'apoa tickets list')", { _ = try rina.resolveTicket(99, note: "done") }),
            ("no operator named 'budi' (operators: admin, ida, rina)", { _ = try rina.assignTicket(2, to: "budi") }),
            ("cannot give ticket #2 to ida: an auditor does not work tickets (only agent, supervisor or admin)",
             { _ = try rina.assignTicket(2, to: "ida") }),
            ("ida is an auditor and may not tickets-resolve: only agents, supervisors and admins may",
             { _ = try setup.desk("ida").resolveTicket(2, note: "done") }),
            ("ticket #2 is open, not solved: there is nothing to reopen", { _ = try rina.reopenTicket(2, note: "again") }),
        ]
        for (message, action) in cases {
            let before = try setup.world.ticket(2)
            #expect(performing: action, throws: { String(describing: $0) == message })
            #expect(try setup.world.ticket(2) == before, "\(message)")
            let audit = try #require(try setup.lastAudit())
            #expect(audit.outcome == .refused && audit.detail == message)
        }
    }

    @Test("a solved ticket is reopened before anyone is given it; the reopened ticket measures its resolution to the next solve")
    func reopen() throws {
        let setup = try TicketDesk()
        defer { setup.remove() }
        let rina = try setup.desk("rina")
        _ = try rina.resolveTicket(3, note: "sent a new code")
        #expect(throws: HelpdeskError.refused("ticket #3 is solved: reopen it before giving it to someone ('apoa tickets reopen 3 --note TEXT')")) {
            try rina.assignTicket(3, to: "rina")
        }
        let reopened = try rina.reopenTicket(3, note: "the new code did not come either")
        #expect(reopened.status == .open && reopened.resolutionTime == nil)
        #expect(try setup.lastAudit()?.detail
            == "reopened; solved → open (was solved with: sent a new code): the new code did not come either")
        try setup.world.advanceClock(by: .hours(1))
        #expect(try rina.resolveTicket(3, note: "gateway fixed").resolutionTime == .hours(1))
    }

    @Test("tickets linked to an incident are solved together when it is resolved; solved ones are left as they were")
    func incident() throws {
        let setup = try TicketDesk()
        defer { setup.remove() }
        let rina = try setup.desk("rina")
        #expect(throws: HelpdeskError.refused("no incident #1: give --title TEXT to open it")) {
            try rina.linkTickets([1, 2], toIncident: 1)
        }
        let link = try rina.linkTickets([1, 2, 2], toIncident: 1, title: "SMS gateway down")
        #expect(link.isNew && link.tickets.map(\.id) == [1, 2] && link.incident.openedBy == "rina")
        #expect(try setup.lastAudit()?.detail == "linked tickets #1, #2 to incident #1 'SMS gateway down' (opened it)")
        _ = try rina.resolveTicket(2, note: "she used e-mail instead")
        _ = try rina.linkTickets([3], toIncident: 1)
        #expect(try setup.lastAudit()?.ticket == 3)
        #expect(throws: HelpdeskError.refused(
            "incident #1 is already called 'SMS gateway down'; leave out --title to link to it, or pick a new incident number")) {
            try rina.linkTickets([3], toIncident: 1, title: "Something else")
        }
        try setup.world.advanceClock(by: .hours(1))
        let resolution = try rina.resolveIncident(1, note: "the gateway is back; codes arrive")
        #expect(resolution.solved.map(\.id) == [1, 3] && resolution.untouched.map(\.id) == [2])
        #expect(resolution.solved.allSatisfy { $0.resolution == "the gateway is back; codes arrive" && $0.solvedAt == TicketDesk.start + .hours(1) })
        #expect(try setup.world.ticket(2).resolution == "she used e-mail instead")
        // A ticket's history has its own lines and those of its incident's actions on many tickets.
        #expect(try setup.world.ticketDetail(1).history.map(\.action) == ["tickets-link", "tickets-resolve"])
        #expect(try setup.world.ticketDetail(3).history.map(\.action) == ["tickets-link", "tickets-link", "tickets-resolve"])
        #expect(try setup.lastAudit()?.detail == "resolved incident #1 'SMS gateway down'; solved tickets #1, #3; "
            + "left ticket #2 (already solved or closed): the gateway is back; codes arrive")
        #expect(throws: HelpdeskError.refused("incident #1 'SMS gateway down' was already resolved at 2026-12-01 08:00 WIB")) {
            try rina.resolveIncident(1, note: "again")
        }
        #expect(throws: WorldError.unknownIncident(2)) { try rina.resolveIncident(2, note: "done") }
    }

    @Test("linking is all or nothing: a closed ticket among them links none, and opens no incident")
    func linkAllOrNothing() throws {
        let setup = try TicketDesk()
        defer { setup.remove() }
        let rina = try setup.desk("rina")
        _ = try rina.resolveTicket(3, note: "done")
        _ = try rina.closeTicket(3)
        #expect(throws: HelpdeskError.refused("ticket #3 is closed, and a closed ticket is final: it cannot be linked")) {
            try rina.linkTickets([1, 3], toIncident: 4, title: "Outage")
        }
        #expect(try setup.world.incident(4) == nil && setup.world.ticket(1).incident == nil)
    }
}
