import Portal

/// The application steps at the desk, each one transaction at the world clock running
/// `ApplicationRules`: the events the rules record go to the log, their notifications to the
/// account's inbox in its language, and the change to the tables.
///
/// A step the rules refuse throws `WorldError.applicationRefused` *after* its transaction
/// commits: the refusal's event stays in the log, and nothing else changed.
extension WorldStore {
    /// Opens a draft application of `kind` for the account `who` names.
    public func createApplication(for who: String, kind: ApplicationKind) throws -> Application {
        try transaction { now -> Result<Application, WorldError> in
            let account = try findAccount(who)
            var events = EventList()
            let id = try nextID(in: "applications")
            let result = ApplicationRules().create(id: id, for: account, kind: kind, at: now, conditions: try conditions(at: now), events: &events)
            try append(events.events)
            switch result {
            case .success(let application):
                try insert(application)
                return .success(application)
            case .failure(let refusal):
                return .failure(RefusalText.error(refusal.reason, RefusalText.meaning(refusal.reason, kind: kind)))
            }
        }.get()
    }

    /// Uploads a document to an application; returns it as stored, with its check's result
    /// (a failed check is stored, not refused: the person sees what to fix).
    public func uploadDocument(_ upload: DocumentUpload, to applicationID: Int64) throws -> StoredDocument {
        try transaction { now -> Result<StoredDocument, WorldError> in
            var application = try loadApplication(applicationID)
            let language = try loadAccount(application.account).language
            var events = EventList()
            var notifications: [Notification] = []
            let result = ApplicationRules().upload(upload, id: try nextID(in: "application_documents"), to: &application,
                                                   at: now, conditions: try conditions(at: now), events: &events, notifications: &notifications)
            try append(events.events)
            switch result {
            case .success(let document):
                try insert(document)
                try save(application)
                try deliver(notifications, in: language)
                return .success(document)
            case .failure(let refusal):
                return .failure(RefusalText.error(refusal.reason, RefusalText.meaning(
                    refusal.reason, application: application, document: upload.kind)))
            }
        }.get()
    }

    /// Submits a draft whose required documents have all passed.
    public func submitApplication(_ applicationID: Int64) throws -> Application {
        try transaction { now -> Result<Application, WorldError> in
            var application = try loadApplication(applicationID)
            let before = application
            let language = try loadAccount(application.account).language
            let documents = try documents(of: applicationID)
            var events = EventList()
            var notifications: [Notification] = []
            let outcome = ApplicationRules().submit(&application, documents: documents, at: now, conditions: try conditions(at: now),
                                                    events: &events, notifications: &notifications)
            try append(events.events)
            guard case .refused(let reason) = outcome else {
                try save(application)
                try deliver(notifications, in: language)
                return .success(application)
            }
            let missing = application.kind.requiredDocuments.first { kind in !documents.contains { $0.upload.kind == kind && $0.passed } }
            let why = reason == .transitionNotAllowed
                ? "only a draft can be submitted; application #\(applicationID) is \(before.state.rawValue)"
                : RefusalText.meaning(reason, application: before, document: missing)
            return .failure(RefusalText.error(reason, why))
        }.get()
    }

    /// Moves an application through the workflow: an officer's review, request or decision,
    /// the person's withdrawal, the system's deadline. `document` names what `documents-requested` asks for.
    public func moveApplication(_ applicationID: Int64, to state: ApplicationState, by actor: ApplicationActor,
                                reason: ReasonCode, document: DocumentKind? = nil) throws -> Application {
        try transaction { now -> Result<Application, WorldError> in
            var application = try loadApplication(applicationID)
            let before = application
            let language = try loadAccount(application.account).language
            var events = EventList()
            var notifications: [Notification] = []
            let outcome = ApplicationRules().move(&application, to: state, by: actor, reason: reason, document: document,
                                                  at: now, events: &events, notifications: &notifications)
            try append(events.events)
            guard case .refused(let refusal) = outcome else {
                try save(application)
                try cancelBookings(of: application)
                try deliver(notifications, in: language)
                return .success(application)
            }
            let why: String
            if refusal == .deadlineNotReached {
                why = "application #\(applicationID) needs action only since \(before.stateSince.display(in: zone)); "
                    + "it may be rejected for that from \((before.stateSince + ApplicationWorkflow.actionDeadline).display(in: zone))"
            } else if ApplicationWorkflow.rule(from: before.state, to: state, by: actor, reason: reason) == nil
                || ApplicationRules.observedReasons.contains(reason) {
                why = RefusalText.transition(before, to: state, by: actor, reason: reason)
            } else if document == nil {
                why = "\(reason.rawValue) must name the document asked for"
            } else {
                why = "only documents-requested names a document"
            }
            return .failure(RefusalText.error(refusal, why))
        }.get()
    }

    /// Books an office visit at `slot` for an application whose kind needs one. The office's
    /// capacity counts its bookings on the slot's local day in the world's zone.
    public func bookAppointment(for applicationID: Int64, at office: Office, slot: Instant) throws -> Appointment {
        try transaction { now -> Result<Appointment, WorldError> in
            var application = try loadApplication(applicationID)
            let before = application
            let language = try loadAccount(application.account).language
            let booked = try bookings(at: office, on: slot)
            var events = EventList()
            var notifications: [Notification] = []
            let result = ApplicationRules().book(
                id: try nextID(in: "appointments"), for: &application, office: office, at: slot, bookedThatDay: booked,
                current: try newestAppointment(of: applicationID), now: now, events: &events, notifications: &notifications, when: slot.display(in: zone))
            try append(events.events)
            switch result {
            case .success(let appointment):
                try insert(appointment, bookedAt: now)
                try save(application)
                try deliver(notifications, in: language)
                return .success(appointment)
            case .failure(let refusal):
                let why = switch refusal.reason {
                case .officeFull:
                    "\(office.rawValue) has all \(office.dailyCapacity) appointments of \(AppointmentDay.of(slot, in: zone)) booked"
                case .appointmentInPast:
                    "the slot \(slot.display(in: zone)) is not after the world clock (\(now.display(in: zone)))"
                case .transitionNotAllowed:
                    "application #\(applicationID) is \(before.state.rawValue); a visit is booked once it is submitted"
                case .alreadyBooked:
                    "application #\(applicationID) already has a visit booked that is still to come"
                default: RefusalText.meaning(refusal.reason, application: before)
                }
                return .failure(RefusalText.error(refusal.reason, why))
            }
        }.get()
    }

    /// Records whether the person came to an appointment; a missed one puts a waiting
    /// application in `needs-action` until a new visit is booked.
    public func recordAttendance(of appointmentID: Int64, for applicationID: Int64, attended: Bool) throws -> Appointment {
        try transaction { now -> Result<Appointment, WorldError> in
            var application = try loadApplication(applicationID)
            guard let row = try connection.queryRow("SELECT * FROM appointments WHERE id = ? AND application_id = ?",
                                                    [appointmentID, applicationID]) else {
                throw WorldError.unknownAppointment(appointmentID, application: applicationID)
            }
            var appointment = try self.appointment(row)
            let language = try loadAccount(application.account).language
            var events = EventList()
            var notifications: [Notification] = []
            let outcome = ApplicationRules().keep(&appointment, attended: attended, application: &application, at: now,
                                                  events: &events, notifications: &notifications)
            if case .refused(let reason) = outcome {
                try append(events.events)
                let why = reason == .appointmentNotDue
                    ? "appointment #\(appointmentID) is at \(appointment.at.display(in: zone)), after the world clock (\(now.display(in: zone)))"
                    : "appointment #\(appointmentID) is already \(appointment.status.rawValue)"
                return .failure(RefusalText.error(reason, why))
            }
            try append(events.events)
            try connection.run("UPDATE appointments SET status = ? WHERE id = ?", [appointment.status.rawValue, appointmentID])
            try save(application)
            try deliver(notifications, in: language)
            return .success(appointment)
        }.get()
    }

    /// Logs an application asked for with a kind the portal does not have: the refusal is in
    /// the event log (`application-refused unknown-kind`, the text asked for in `detail`), and
    /// nothing else changes. The caller reports the kinds there are.
    public func refuseUnknownKind(_ text: String, for who: String) throws {
        try transaction { now in
            let account = try findAccount(who)
            try append([Event(at: now, account: account.id, kind: .applicationRefused, reason: .unknownKind,
                              detail: .unknownKind(application: nil, kind: Self.loggable(text)))])
        }
    }

    /// Logs an upload of a document kind the portal does not have, like `refuseUnknownKind`.
    public func refuseUnknownDocument(_ text: String, for applicationID: Int64) throws {
        try transaction { now in
            let application = try loadApplication(applicationID)
            try append([Event(at: now, account: application.account, kind: .documentRefused, reason: .unknownKind,
                              detail: .unknownKind(application: applicationID, kind: Self.loggable(text)))])
        }
    }

    /// Text a person typed, made safe for one word of an event's detail: at most 40 of its
    /// characters, anything but letters, digits, `-`, `_` and `.` shown as `?`.
    static func loggable(_ text: String) -> LoggedText {
        LoggedText(prefixOf: String(text.prefix(40).map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "?" }))
    }
}
