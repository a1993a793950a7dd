/// Every move an application may make: from which state, to which, by whom, for which
/// reasons, and the rule that allows it. A move not in this table is refused
/// (`transition-not-allowed`); `ApplicationRules` is the only code that changes a state.
public enum ApplicationWorkflow {
    /// One allowed move.
    public struct Rule: Sendable {
        public let from: ApplicationState
        public let to: ApplicationState
        public let by: ApplicationActor
        /// The reasons this move may be made for; the event log records which.
        public let reasons: [ReasonCode]
        /// The rule in words, for `apoa application show` and the README.
        public let allows: String
    }

    /// The table, in the order an application usually goes through it.
    public static let rules: [Rule] = [
        Rule(from: .draft, to: .submitted, by: .person, reasons: [.submitted],
             allows: "the person submits once every required document has passed its checks"),
        Rule(from: .submitted, to: .underReview, by: .officer, reasons: [.reviewStarted],
             allows: "an officer takes a submitted application up"),
        Rule(from: .submitted, to: .needsAction, by: .system, reasons: [.documentCheckFailed, .appointmentMissed],
             allows: "a document uploaded after submission failed a check, or the person missed the office appointment"),
        Rule(from: .underReview, to: .needsAction, by: .system, reasons: [.documentCheckFailed, .appointmentMissed],
             allows: "a document failed a check, or the person missed the office appointment"),
        Rule(from: .underReview, to: .needsAction, by: .officer, reasons: [.documentsRequested],
             allows: "the officer asks for a further or better document"),
        Rule(from: .needsAction, to: .submitted, by: .system, reasons: [.actionCompleted],
             allows: "everything asked for was fixed, so the application goes back in the queue"),
        Rule(from: .underReview, to: .approved, by: .officer, reasons: [.approved],
             allows: "the officer approves"),
        Rule(from: .underReview, to: .rejected, by: .officer, reasons: [.requirementsNotMet],
             allows: "the officer rejects: the requirements are not met"),
        Rule(from: .needsAction, to: .rejected, by: .system, reasons: [.actionDeadlinePassed],
             allows: "nothing was fixed within 30 days of the request"),
        Rule(from: .draft, to: .withdrawn, by: .person, reasons: [.withdrawn],
             allows: "the person withdraws an application not yet decided"),
        Rule(from: .submitted, to: .withdrawn, by: .person, reasons: [.withdrawn],
             allows: "the person withdraws an application not yet decided"),
        Rule(from: .underReview, to: .withdrawn, by: .person, reasons: [.withdrawn],
             allows: "the person withdraws an application not yet decided"),
        Rule(from: .needsAction, to: .withdrawn, by: .person, reasons: [.withdrawn],
             allows: "the person withdraws an application not yet decided"),
    ]

    /// The rule allowing this move, or nil when the workflow forbids it.
    public static func rule(from: ApplicationState, to: ApplicationState, by actor: ApplicationActor,
                            reason: ReasonCode) -> Rule? {
        rules.first { $0.from == from && $0.to == to && $0.by == actor && $0.reasons.contains(reason) }
    }

    /// How long a `needs-action` application waits for the person before it is rejected.
    public static let actionDeadline = TimeSpan.days(30)
}
