import Portal

/// A support ticket as the desk works it: what the person said, and how the desk answered.
///
/// The simulator's grading column (`true_cause`) is deliberately not here: the desk never
/// reads it, so nothing that shows a ticket can show it.
public struct Ticket: Equatable, Sendable {
    /// Where a ticket is in its life; `Helpdesk`'s lifecycle rule says which move is allowed.
    public enum Status: String, CaseIterable, Sendable {
        /// Nobody at the desk has answered yet.
        case new
        /// An agent has it.
        case open
        /// Waiting on the person (a document, an answer).
        case pending
        /// The desk gave its answer (`resolution`); the person may still come back.
        case solved
        /// Done for good.
        case closed

        /// Whether the desk still owes the person an answer: new, open or pending.
        public var isOpen: Bool {
            self == .new || self == .open || self == .pending
        }
    }

    /// How soon the desk should answer.
    public enum Priority: String, CaseIterable, Sendable {
        case low
        case normal
        case high
        case urgent
    }

    /// The categories the desk files tickets under, as the simulator writes them; an agent may
    /// correct a ticket's to another of these when resolving it.
    public static let categories = TicketCategory.allCases.map(\.rawValue)

    /// The ticket's number.
    public let id: Int64
    /// When the person made contact.
    public let openedAt: Instant
    /// Whose ticket it is (nil when the person gave no account the desk could find).
    public let account: AccountID?
    /// The account's username, when there is an account.
    public let username: String?
    /// `hotline`, `email` or `form`.
    public let channel: String
    /// What the person says, in their words.
    public let says: String
    /// The message the portal showed them, when they quote one.
    public let messageSeen: String?
    /// One of `categories` (as filed, or as corrected when resolved).
    public let category: String
    /// How soon the desk should answer.
    public let priority: Priority
    /// Where it is in its life.
    public let status: Status
    /// The operator working it.
    public let assignee: String?
    /// When the desk first answered: assigned it, asked the person for something, or solved it.
    public let firstResponseAt: Instant?
    /// When it was last solved (cleared when reopened).
    public let solvedAt: Instant?
    /// When it was closed for good.
    public let closedAt: Instant?
    /// The incident it is linked to.
    public let incident: Int64?
    /// The note it was solved with.
    public let resolution: String?

    /// How long the person waited for the desk's first answer, on the world clock.
    public var firstResponseTime: TimeSpan? { firstResponseAt.map { $0 - openedAt } }

    /// How long from contact to solved, on the world clock.
    public var resolutionTime: TimeSpan? { solvedAt.map { $0 - openedAt } }

    /// How the audit log names ticket `id` as an action's target: `ticket 12`.
    public static func auditTarget(_ id: Int64) -> String { "ticket \(id)" }
}

/// Which tickets a list shows, in which order.
public struct TicketFilter: Equatable, Sendable {
    /// Only tickets in one of these statuses; empty for any.
    public var statuses: [Ticket.Status]
    /// Only tickets in this category.
    public var category: String?
    /// Only tickets given to this operator.
    public var assignee: String?
    /// Only this account's tickets.
    public var account: AccountID?
    /// Only tickets linked to this incident.
    public var incident: Int64?
    /// Newest first (the default), or oldest first: the order a queue is worked in.
    public var isNewestFirst: Bool
    /// At most this many.
    public var limit: Int

    /// A filter; by default every ticket, newest first, at most 100.
    public init(statuses: [Ticket.Status] = [], category: String? = nil, assignee: String? = nil, account: AccountID? = nil,
                incident: Int64? = nil, isNewestFirst: Bool = true, limit: Int = 100) {
        self.statuses = statuses
        self.category = category
        self.assignee = assignee
        self.account = account
        self.incident = incident
        self.isNewestFirst = isNewestFirst
        self.limit = limit
    }

    /// The statuses of a ticket the desk still owes an answer: new, open and pending.
    public static let openStatuses = Ticket.Status.allCases.filter(\.isOpen)
}

/// Something that went wrong for many people at once (an outage): tickets about it are linked
/// to it and resolved together.
public struct Incident: Equatable, Sendable {
    /// The incident's number, chosen by the operator who opened it.
    public let id: Int64
    /// What went wrong.
    public let title: String
    /// When it was opened, at the world clock.
    public let openedAt: Instant
    /// The operator who opened it.
    public let openedBy: String
    /// When it was resolved.
    public let resolvedAt: Instant?
    /// The note it was resolved with (each linked ticket got the same).
    public let note: String?

    /// Whether it has been resolved.
    public var isResolved: Bool { resolvedAt != nil }

    /// How the audit log names incident `id` as an action's target: `incident 1`.
    public static func auditTarget(_ id: Int64) -> String { "incident \(id)" }
}

/// One ticket with everything `apoa tickets show` prints about it.
public struct TicketDetail: Equatable, Sendable {
    /// The ticket.
    public let ticket: Ticket
    /// The account the ticket is about, when it names one.
    public let account: Account?
    /// The incident it is linked to.
    public let incident: Incident?
    /// What the desk did to it, and to its incident's tickets together, oldest first, from
    /// the audit log.
    public let history: [TicketStep]
    /// The world clock when it was read.
    public let now: Instant
}

/// One thing the desk did to a ticket, or to its incident: an audit line.
public struct TicketStep: Equatable, Sendable {
    /// When, at the world clock.
    public let at: Instant
    /// The operator's name.
    public let operatorName: String
    /// The desk action: `tickets-assign`, `tickets-resolve`, …
    public let action: String
    /// What was done, with the note when there was one.
    public let detail: String
}
