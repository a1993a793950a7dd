import Testing
@testable import Portal

/// The workflow, checked against a table written out here by hand: every move the issue allows,
/// and every other (from, to, by) refused with nothing changed but an `application-refused` event.
@Suite("Application workflow")
struct ApplicationWorkflowTests {
    static let now = Instant(millisecondsSince1970: 1_796_083_200_000)

    /// `from → to by actor: reasons`, as the portal's rules state them.
    static let allowed: [(ApplicationState, ApplicationState, ApplicationActor, [ReasonCode])] = [
        (.draft, .submitted, .person, [.submitted]),
        (.draft, .withdrawn, .person, [.withdrawn]),
        (.submitted, .underReview, .officer, [.reviewStarted]),
        (.submitted, .needsAction, .system, [.documentCheckFailed, .appointmentMissed]),
        (.submitted, .withdrawn, .person, [.withdrawn]),
        (.underReview, .needsAction, .system, [.documentCheckFailed, .appointmentMissed]),
        (.underReview, .needsAction, .officer, [.documentsRequested]),
        (.underReview, .approved, .officer, [.approved]),
        (.underReview, .rejected, .officer, [.requirementsNotMet]),
        (.underReview, .withdrawn, .person, [.withdrawn]),
        (.needsAction, .submitted, .system, [.actionCompleted]),
        (.needsAction, .rejected, .system, [.actionDeadlinePassed]),
        (.needsAction, .withdrawn, .person, [.withdrawn]),
    ]

    static func application(in state: ApplicationState) -> Application {
        // In its state for longer than the action deadline, so that every move's timing allows it.
        Application(id: 1, account: AccountID(7), kind: .kitas, state: state, stateSince: now - .days(31),
                    createdAt: now - .days(2), submittedAt: state == .draft ? nil : now - .days(1))
    }

    @Test("the workflow table is exactly the moves the rules allow")
    func tableMatches() {
        for from in ApplicationState.allCases {
            for to in ApplicationState.allCases {
                for actor in ApplicationActor.allCases {
                    let expected = Self.allowed.first { $0.0 == from && $0.1 == to && $0.2 == actor }?.3 ?? []
                    let inTable = ReasonCode.allCases.filter {
                        ApplicationWorkflow.rule(from: from, to: to, by: actor, reason: $0) != nil
                    }
                    #expect(inTable == expected, "\(from.rawValue) → \(to.rawValue) by \(actor.rawValue)")
                }
            }
        }
    }

    @Test("every allowed move made with `move` changes the state, logs the reason and notifies the person")
    func allowedMoves() {
        let viaMove = Self.allowed.flatMap { move in move.3.map { (move.0, move.1, move.2, $0) } }
            .filter { !ApplicationRules.observedReasons.contains($0.3) }
        for (from, to, actor, reason) in viaMove {
            var application = Self.application(in: from)
            var events = EventList()
            var notifications: [Notification] = []
            let document: DocumentKind? = reason == .documentsRequested ? .proofOfFunds : nil
            let outcome = ApplicationRules().move(&application, to: to, by: actor, reason: reason, document: document,
                                                  at: Self.now, events: &events, notifications: &notifications)
            #expect(outcome == .done, "\(from.rawValue) → \(to.rawValue) for \(reason.rawValue)")
            #expect(application.state == to)
            #expect(application.stateSince == Self.now)
            #expect(events.events.map(\.kind) == [.applicationStatusChanged])
            #expect(events.events.first?.reason == reason)
            #expect(events.events.first?.detail?.value("by") == actor.rawValue)
            #expect(notifications.count == 1)
            #expect(application.actionNeeded.isEmpty == (to != .needsAction))
        }
    }

    @Test("every other move is refused: the state stays, only an application-refused event is logged")
    func forbiddenMoves() {
        for from in ApplicationState.allCases {
            for to in ApplicationState.allCases {
                for actor in ApplicationActor.allCases where !Self.allowed.contains(where: { $0.0 == from && $0.1 == to && $0.2 == actor }) {
                    var application = Self.application(in: from)
                    let before = application
                    var events = EventList()
                    var notifications: [Notification] = []
                    let reason = Self.allowed.first { $0.1 == to }?.3.first ?? .approved
                    let outcome = ApplicationRules().move(&application, to: to, by: actor, reason: reason,
                                                          at: Self.now, events: &events, notifications: &notifications)
                    #expect(outcome == .refused(.transitionNotAllowed), "\(from.rawValue) → \(to.rawValue) by \(actor.rawValue)")
                    #expect(application == before)
                    #expect(events.events.map(\.kind) == [.applicationRefused])
                    #expect(notifications.isEmpty)
                }
            }
        }
    }

    @Test("an allowed move for a reason its rule does not list is refused")
    func wrongReason() {
        var application = Self.application(in: .underReview)
        var events = EventList()
        var notifications: [Notification] = []
        let outcome = ApplicationRules().move(&application, to: .rejected, by: .officer, reason: .actionDeadlinePassed,
                                              at: Self.now, events: &events, notifications: &notifications)
        #expect(outcome == .refused(.transitionNotAllowed))
        #expect(application.state == .underReview)
    }

    @Test("what the portal observes itself (a submission, a fix, a failed check, a missed visit) is never asserted by a bare move")
    func observedOnlyThroughRules() {
        let cases: [(ApplicationState, ApplicationState, ApplicationActor, ReasonCode, DocumentKind?)] = [
            (.draft, .submitted, .person, .submitted, nil),
            (.needsAction, .submitted, .system, .actionCompleted, nil),
            (.underReview, .needsAction, .system, .documentCheckFailed, .photo),
            (.submitted, .needsAction, .system, .appointmentMissed, nil),
        ]
        for (state, to, actor, reason, document) in cases {
            var application = Self.application(in: state)
            var events = EventList()
            var notifications: [Notification] = []
            let outcome = ApplicationRules().move(&application, to: to, by: actor, reason: reason, document: document,
                                                  at: Self.now, events: &events, notifications: &notifications)
            #expect(outcome == .refused(.transitionNotAllowed), "\(reason.rawValue)")
            #expect(application.state == state)
        }
    }

    @Test("the action deadline rejects only once 30 days have passed in needs-action")
    func actionDeadline() {
        var application = Application(id: 1, account: AccountID(7), kind: .kitas, state: .needsAction,
                                      stateSince: Self.now - .days(29), createdAt: Self.now - .days(40))
        var events = EventList()
        var notifications: [Notification] = []
        let early = ApplicationRules().move(&application, to: .rejected, by: .system, reason: .actionDeadlinePassed,
                                            at: Self.now, events: &events, notifications: &notifications)
        #expect(early == .refused(.deadlineNotReached))
        #expect(application.state == .needsAction)
        let due = ApplicationRules().move(&application, to: .rejected, by: .system, reason: .actionDeadlinePassed,
                                          at: Self.now + .days(1), events: &events, notifications: &notifications)
        #expect(due == .done)
    }

    @Test("an officer's request for documents must name the document")
    func requestNamesDocument() {
        var application = Self.application(in: .underReview)
        var events = EventList()
        var notifications: [Notification] = []
        let outcome = ApplicationRules().move(&application, to: .needsAction, by: .officer, reason: .documentsRequested,
                                              at: Self.now, events: &events, notifications: &notifications)
        #expect(outcome == .refused(.transitionNotAllowed))
    }
}
