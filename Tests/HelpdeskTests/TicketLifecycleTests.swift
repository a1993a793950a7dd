import Foundation
import Testing
import World
@testable import Helpdesk

@Suite("The ticket lifecycle")
struct TicketLifecycleTests {
    /// The rule, written out by hand: every move allowed; every other move is refused.
    static let allowed: Set<String> = [
        "new → open", "new → pending", "new → solved",
        "open → pending", "open → solved",
        "pending → open", "pending → solved",
        "solved → closed", "solved → open",
    ]

    @Test("every pair of statuses: allowed exactly when the table says so",
          arguments: Ticket.Status.allCases, Ticket.Status.allCases)
    func everyMove(from: Ticket.Status, to: Ticket.Status) {
        let move = "\(from.rawValue) → \(to.rawValue)"
        #expect(TicketLifecycle.allows(from: from, to: to) == Self.allowed.contains(move), "\(move)")
    }

    @Test("a new ticket is taken up, waits on the person, or is solved straight away")
    func newTickets() {
        #expect(TicketLifecycle.moves(from: .new) == [.open, .pending, .solved])
    }

    @Test("only a solved ticket is closed, and a closed ticket is final")
    func closing() {
        #expect(Ticket.Status.allCases.filter { TicketLifecycle.allows(from: $0, to: .closed) } == [.solved])
        #expect(TicketLifecycle.moves(from: .closed).isEmpty)
    }

    @Test("a solved ticket is reopened when the answer did not help")
    func reopening() {
        #expect(TicketLifecycle.allows(from: .solved, to: .open))
    }

    @Test("a ticket is given to someone only while the desk still owes an answer")
    func assigning() {
        #expect(Ticket.Status.allCases.filter(TicketLifecycle.mayAssign) == [.new, .open, .pending])
    }

    @Test("the README's lifecycle table says what the rule does", arguments: Ticket.Status.allCases)
    func readme(status: Ticket.Status) throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let moves = TicketLifecycle.moves(from: status).map { "`\($0.rawValue)`" }
        let row = "| `\(status.rawValue)` | \(moves.isEmpty ? "nothing: it is final" : moves.joined(separator: ", ")) |"
        #expect(readme.contains("\n" + row), "\(row)")
    }

    @Test("a refusal says where the ticket is, where it may go, and what to do instead", arguments: [
        (Ticket.Status.open, Ticket.Status.closed,
         "ticket #7 is open: it may move to pending or solved, not to closed (resolve it first: 'apoa tickets resolve 7 --note TEXT')"),
        (.solved, .pending, "ticket #7 is solved: it may move to closed or open, not to pending (reopen it first: 'apoa tickets reopen 7 --note TEXT')"),
        (.closed, .solved, "ticket #7 is closed, and a closed ticket is final"),
        (.pending, .pending, "ticket #7 is already pending"),
    ])
    func refusals(from: Ticket.Status, to: Ticket.Status, message: String) {
        #expect(TicketLifecycle.refusal(ticket: 7, from: from, to: to) == message)
    }
}
