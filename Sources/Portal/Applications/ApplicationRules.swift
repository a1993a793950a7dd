/// The application rules: creating, uploading, submitting, moving through the workflow, and
/// booking and keeping appointments. Pure: the caller supplies ids, the time, what the
/// components do, and stores what changed. Every step records an event with its true reason,
/// including refusals, which change nothing else.
public struct ApplicationRules: Sendable {
    public init() {}

    /// What a step did.
    public enum Outcome: Equatable, Sendable {
        case done
        /// Nothing changed, for `reason`.
        case refused(ReasonCode)
    }

    /// Opens a draft of `kind` for the account; refused when the account may not apply for it
    /// (`not-eligible`), is not verified, or the `applications` component is down.
    public func create<R: EventRecorder>(
        id: Int64, for account: Account, kind: ApplicationKind, at now: Instant, conditions: PlatformConditions,
        events: inout R
    ) -> Result<Application, Refusal> {
        create(id: id, for: Applicant(account), kind: kind, at: now, conditions: conditions, events: &events)
    }

    /// What `create` reads of an account. The simulator passes this instead of a whole
    /// `Account`: spelling out a simulated person's names, address, phone and document for a
    /// rule that never reads them cost more than the rest of opening the application.
    public struct Applicant: Sendable {
        public let account: AccountID
        public let kind: AccountKind
        public let verification: Verification

        public init(account: AccountID, kind: AccountKind, verification: Verification) {
            self.account = account
            self.kind = kind
            self.verification = verification
        }

        public init(_ account: Account) {
            self.init(account: account.id, kind: account.kind, verification: account.verification)
        }
    }

    /// `create` for an applicant (see `Applicant`).
    public func create<R: EventRecorder>(
        id: Int64, for applicant: Applicant, kind: ApplicationKind, at now: Instant, conditions: PlatformConditions,
        events: inout R
    ) -> Result<Application, Refusal> {
        func refuse(_ reason: ReasonCode, component: Component? = nil) -> Result<Application, Refusal> {
            events.record(Event(at: now, account: applicant.account, kind: .applicationRefused, reason: reason,
                                component: component, detail: .application(id: nil, kind: kind)))
            return .failure(Refusal(reason: reason))
        }
        if let down = conditions.outage(of: .applications) { return refuse(down.refusalReason, component: .applications) }
        guard applicant.kind == kind.applicant else { return refuse(.notEligible) }
        guard applicant.verification == .verified else { return refuse(.unverifiedIdentity) }
        events.record(Event(at: now, account: applicant.account, kind: .applicationCreated, reason: .ok,
                            detail: .application(id: id, kind: kind)))
        return .success(Application(id: id, account: applicant.account, kind: kind, state: .draft, stateSince: now,
                                    createdAt: now))
    }

    /// A refused step's reason, as an error for `Result`.
    public struct Refusal: Error, Equatable, Sendable {
        public let reason: ReasonCode
        public init(reason: ReasonCode) { self.reason = reason }
    }

    /// Takes an upload. Refused (nothing stored) when the application is closed, the kind is
    /// neither required nor asked for, the file is over the upload limit, or the `documents`
    /// component is down. Otherwise it is stored with the result of its checks, and:
    /// - a failed check on a submitted or reviewed application moves it to `needs-action`;
    /// - on a `needs-action` application a failure replaces what was asked for, a pass fixes
    ///   it, and when nothing is left the application goes back to `submitted`;
    /// - on a draft only the document's result changes: submitting needs every kind passed.
    public func upload<R: EventRecorder>(
        _ upload: DocumentUpload, id: Int64, to application: inout Application, at now: Instant,
        conditions: PlatformConditions, events: inout R, notifications: inout [Notification]
    ) -> Result<StoredDocument, Refusal> {
        func refuse(_ reason: ReasonCode, component: Component? = nil) -> Result<StoredDocument, Refusal> {
            events.record(Event(at: now, account: application.account, kind: .documentRefused, reason: reason,
                                component: component, detail: .document(application: application.id, id: nil, kind: upload.kind)))
            return .failure(Refusal(reason: reason))
        }
        guard !application.state.isClosed else { return refuse(.applicationClosed) }
        let asked = application.actionNeeded.contains { $0.document == upload.kind }
        guard application.kind.requires(upload.kind) || asked else { return refuse(.documentNotRequired) }
        guard upload.sizeKB <= DocumentUpload.uploadLimitKB else { return refuse(.uploadTooLarge) }
        if let down = conditions.outage(of: .documents) { return refuse(down.refusalReason, component: .documents) }
        let result = upload.check(at: now)
        let document = StoredDocument(id: id, application: application.id, upload: upload, uploadedAt: now, result: result)
        events.record(Event(at: now, account: application.account, kind: .documentUploaded, reason: result,
                            detail: .document(application: application.id, id: id, kind: upload.kind)))
        if application.state.isWaitingOnOffice, result != .ok {
            application.actionNeeded = [ActionItem(document: upload.kind, reason: result, since: now)]
            enter(.needsAction, by: .system, reason: .documentCheckFailed, application: &application, at: now,
                  document: upload.kind, events: &events, notifications: &notifications)
        } else if application.state == .needsAction {
            application.actionNeeded.removeAll { $0.document == upload.kind }
            if result != .ok {
                application.actionNeeded.append(ActionItem(document: upload.kind, reason: result, since: now))
                notifications.append(Notification.about(application, at: now))
            } else if application.actionNeeded.isEmpty {
                application.submittedAt = now
                enter(.submitted, by: .system, reason: .actionCompleted, application: &application, at: now,
                      document: nil, events: &events, notifications: &notifications)
            }
        }
        return .success(document)
    }

    /// Submits a draft given its stored documents: the newest upload of each kind counts, so a
    /// later failed one replaces an earlier pass (see `submit(_:passed:...)`).
    public func submit<R: EventRecorder>(
        _ application: inout Application, documents: [StoredDocument], at now: Instant, conditions: PlatformConditions,
        events: inout R, notifications: inout [Notification]
    ) -> Outcome {
        var newest: [DocumentKind: StoredDocument] = [:]
        for document in documents where document.application == application.id {
            if let kept = newest[document.upload.kind], (kept.uploadedAt, kept.id) > (document.uploadedAt, document.id) { continue }
            newest[document.upload.kind] = document
        }
        return submit(&application, passed: Set(newest.values.filter(\.passed).map(\.upload.kind)), at: now,
                      conditions: conditions, events: &events, notifications: &notifications)
    }

    /// Submits a draft: refused unless every required kind is among those whose newest upload
    /// passed (`documents-incomplete`, naming the first missing kind), or when `applications`
    /// is down. For callers that keep only which kinds passed.
    public func submit<R: EventRecorder>(
        _ application: inout Application, passed: Set<DocumentKind>, at now: Instant, conditions: PlatformConditions,
        events: inout R, notifications: inout [Notification]
    ) -> Outcome {
        submit(&application, hasPassed: { passed.contains($0) }, at: now, conditions: conditions, events: &events,
               notifications: &notifications)
    }

    /// `submit(_:passed:...)` asking `hasPassed` about each required kind, for callers that keep
    /// which kinds passed in their own form: the simulator keeps a bit per kind, and building a
    /// `Set` from it for every submission cost 3,150 instructions (30 M of a 2,514 M run).
    public func submit<R: EventRecorder>(
        _ application: inout Application, hasPassed: (DocumentKind) -> Bool, at now: Instant,
        conditions: PlatformConditions, events: inout R, notifications: inout [Notification]
    ) -> Outcome {
        func refuse(_ reason: ReasonCode, component: Component? = nil, missing: DocumentKind? = nil) -> Outcome {
            events.record(Event(at: now, account: application.account, kind: .applicationRefused, reason: reason,
                                component: component,
                                detail: .transition(application: application.id, from: application.state, to: .submitted,
                                                    by: .person, document: missing)))
            return .refused(reason)
        }
        guard application.state == .draft else { return refuse(.transitionNotAllowed) }
        if let down = conditions.outage(of: .applications) { return refuse(down.refusalReason, component: .applications) }
        if let missing = application.kind.requiredDocuments.first(where: { !hasPassed($0) }) {
            return refuse(.documentsIncomplete, missing: missing)
        }
        application.submittedAt = now
        enter(.submitted, by: .person, reason: .submitted, application: &application, at: now, document: nil,
              events: &events, notifications: &notifications)
        return .done
    }

    /// Any other move: an officer's review, request or decision, a withdrawal, the action
    /// deadline. Refused with `transition-not-allowed` unless `ApplicationWorkflow` has the rule.
    /// `document` names what an officer asks for with `documents-requested`. Moves whose cause
    /// is a fact the portal observed itself (a failed check, a missed visit, everything fixed,
    /// a submission) are made only by `upload`, `keep`, `book` and `submit`, never asserted.
    public func move<R: EventRecorder>(
        _ application: inout Application, to state: ApplicationState, by actor: ApplicationActor, reason: ReasonCode,
        document: DocumentKind? = nil, at now: Instant, events: inout R, notifications: inout [Notification]
    ) -> Outcome {
        let needsDocument = reason == .documentsRequested
        guard ApplicationWorkflow.rule(from: application.state, to: state, by: actor, reason: reason) != nil,
              !Self.observedReasons.contains(reason), needsDocument == (document != nil) else {
            events.record(Event(at: now, account: application.account, kind: .applicationRefused, reason: .transitionNotAllowed,
                                detail: .transition(application: application.id, from: application.state, to: state,
                                                    by: actor, document: document)))
            return .refused(.transitionNotAllowed)
        }
        if reason == .actionDeadlinePassed, now < application.stateSince + ApplicationWorkflow.actionDeadline {
            events.record(Event(at: now, account: application.account, kind: .applicationRefused, reason: .deadlineNotReached,
                                detail: .transition(application: application.id, from: application.state, to: state,
                                                    by: actor, document: document)))
            return .refused(.deadlineNotReached)
        }
        if state == .needsAction {
            application.actionNeeded.append(ActionItem(document: document, reason: reason, since: now))
        }
        enter(state, by: actor, reason: reason, application: &application, at: now, document: document,
              events: &events, notifications: &notifications)
        return .done
    }

    /// Reasons only the portal's own observations give a move (see `move`).
    public static let observedReasons: [ReasonCode] = [.submitted, .actionCompleted, .documentCheckFailed, .appointmentMissed]

    /// Books an office visit for an application whose kind needs one, once it is submitted
    /// (or to replace a missed one). `bookedThatDay` is how many the office already has on the
    /// slot's day; at its capacity the booking is refused (`office-full`). `current` is the
    /// application's newest appointment: while it is booked and still to come, another is
    /// refused (`already-booked`).
    public func book<R: EventRecorder>(
        id: Int64, for application: inout Application, office: Office, at slot: Instant, bookedThatDay: Int,
        current: Appointment?, now: Instant, events: inout R, notifications: inout [Notification], when: String
    ) -> Result<Appointment, Refusal> {
        book(id: id, for: &application, office: office, at: slot, bookedThatDay: bookedThatDay, current: current, now: now,
             events: &events, notifications: &notifications, time: .written(when))
    }

    /// `book`, its notice showing the slot in `zone` once read (the simulator reads none, so
    /// it writes no time).
    public func book<R: EventRecorder>(
        id: Int64, for application: inout Application, office: Office, at slot: Instant, bookedThatDay: Int,
        current: Appointment?, now: Instant, events: inout R, notifications: inout [Notification], zone: Zone
    ) -> Result<Appointment, Refusal> {
        book(id: id, for: &application, office: office, at: slot, bookedThatDay: bookedThatDay, current: current, now: now,
             events: &events, notifications: &notifications, time: .shown(in: zone))
    }

    private func book<R: EventRecorder>(
        id: Int64, for application: inout Application, office: Office, at slot: Instant, bookedThatDay: Int,
        current: Appointment?, now: Instant, events: inout R, notifications: inout [Notification],
        time: Notification.AppointmentTime
    ) -> Result<Appointment, Refusal> {
        let purpose = application.kind.appointment
        func refuse(_ reason: ReasonCode) -> Result<Appointment, Refusal> {
            events.record(Event(at: now, account: application.account, kind: .appointmentRefused, reason: reason,
                                detail: .appointment(application: application.id, id: nil, office: office, at: slot)))
            return .failure(Refusal(reason: reason))
        }
        guard let purpose else { return refuse(.noAppointmentNeeded) }
        let rebooking = application.state == .needsAction && application.actionNeeded.contains { $0.reason == .appointmentMissed }
        guard application.state.isWaitingOnOffice || rebooking else {
            return refuse(application.state.isClosed ? .applicationClosed : .transitionNotAllowed)
        }
        guard slot > now else { return refuse(.appointmentInPast) }
        if let current, current.status == .booked, current.at > now { return refuse(.alreadyBooked) }
        guard bookedThatDay < office.dailyCapacity else { return refuse(.officeFull) }
        let appointment = Appointment(id: id, application: application.id, office: office, purpose: purpose, at: slot)
        events.record(Event(at: now, account: application.account, kind: .appointmentBooked, reason: .ok,
                            detail: .appointment(application: application.id, id: id, office: office, at: slot)))
        notifications.append(.appointment(appointment, account: application.account, at: now, isReminder: false, when: time))
        if rebooking {
            application.actionNeeded.removeAll { $0.reason == .appointmentMissed }
            if application.actionNeeded.isEmpty {
                application.submittedAt = now
                enter(.submitted, by: .system, reason: .actionCompleted, application: &application, at: now,
                      document: nil, events: &events, notifications: &notifications)
            }
        }
        return .success(appointment)
    }

    /// Records whether the person came, once the appointment's time has come
    /// (`appointment-not-due` before). A missed appointment puts a submitted or reviewed
    /// application in `needs-action` until a new one is booked.
    public func keep<R: EventRecorder>(
        _ appointment: inout Appointment, attended: Bool, application: inout Application, at now: Instant,
        events: inout R, notifications: inout [Notification]
    ) -> Outcome {
        let refusal: ReasonCode? = appointment.status != .booked || appointment.application != application.id
            ? .transitionNotAllowed : now < appointment.at ? .appointmentNotDue : nil
        if let refusal {
            events.record(Event(at: now, account: application.account, kind: .appointmentRefused, reason: refusal,
                                detail: .appointment(application: application.id, id: appointment.id,
                                                     office: appointment.office, at: appointment.at)))
            return .refused(refusal)
        }
        appointment.status = attended ? .attended : .missed
        events.record(Event(at: now, account: application.account, kind: attended ? .appointmentAttended : .appointmentMissed,
                            reason: attended ? .ok : .appointmentMissed,
                            detail: .appointment(application: application.id, id: appointment.id, office: appointment.office,
                                                 at: appointment.at)))
        if !attended, application.state.isWaitingOnOffice {
            application.actionNeeded.append(ActionItem(document: nil, reason: .appointmentMissed, since: now))
            enter(.needsAction, by: .system, reason: .appointmentMissed, application: &application, at: now, document: nil,
                  events: &events, notifications: &notifications)
        }
        return .done
    }

    /// Makes a move the caller has checked: the event and the person's notification.
    private func enter<R: EventRecorder>(
        _ state: ApplicationState, by actor: ApplicationActor, reason: ReasonCode, application: inout Application,
        at now: Instant, document: DocumentKind?, events: inout R, notifications: inout [Notification]
    ) {
        let from = application.state
        application.state = state
        application.stateSince = now
        if state != .needsAction { application.actionNeeded = [] }
        events.record(Event(at: now, account: application.account, kind: .applicationStatusChanged, reason: reason,
                            detail: .transition(application: application.id, from: from, to: state, by: actor, document: document)))
        notifications.append(Notification.about(application, at: now))
    }
}
