/// A visa, stay-permit or passport application, as the portal keeps it.
///
/// Its state changes only through `ApplicationRules`, which checks `ApplicationWorkflow`.
public struct Application: Equatable, Sendable {
    /// The `applications.id` row.
    public let id: Int64
    public let account: AccountID
    public let kind: ApplicationKind
    public internal(set) var state: ApplicationState
    /// When it entered its state.
    public internal(set) var stateSince: Instant
    public let createdAt: Instant
    /// When it was last submitted (or resubmitted after action); nil while a draft.
    public internal(set) var submittedAt: Instant?
    /// While `needs-action`: what the person must fix, oldest first. Empty otherwise.
    public internal(set) var actionNeeded: [ActionItem]

    /// An application as stored; `ApplicationRules.create` makes new ones.
    public init(id: Int64, account: AccountID, kind: ApplicationKind, state: ApplicationState, stateSince: Instant,
                createdAt: Instant, submittedAt: Instant? = nil, actionNeeded: [ActionItem] = []) {
        self.id = id
        self.account = account
        self.kind = kind
        self.state = state
        self.stateSince = stateSince
        self.createdAt = createdAt
        self.submittedAt = submittedAt
        self.actionNeeded = actionNeeded
    }

    /// Whether it has waited on the office longer than its kind usually takes. `visit` is the
    /// status of its newest appointment: a kind that needs a visit waits on the person, not the
    /// office, until one is booked (`visitToBook`), so it is not stuck then.
    public func isStuck(at now: Instant, visit: AppointmentStatus?) -> Bool {
        guard state.isWaitingOnOffice, let submittedAt, visitToBook(visit: visit) == nil else { return false }
        return now - submittedAt > kind.usualProcessing
    }

    /// The office visit the person still has to book before the office can decide, if any.
    public func visitToBook(visit: AppointmentStatus?) -> AppointmentPurpose? {
        guard state.isWaitingOnOffice, let purpose = kind.appointment, visit != .booked, visit != .attended else { return nil }
        return purpose
    }
}

/// One thing a `needs-action` application waits for: a document to upload again or for the
/// first time (`document`), or an appointment to book again (`document` nil).
public struct ActionItem: Equatable, Sendable {
    /// The document to upload; nil for a missed appointment.
    public var document: DocumentKind?
    /// Why: a failed check (`too-large`, `unreadable`, ...), `documents-requested` or `appointment-missed`.
    public var reason: ReasonCode
    /// Since when the portal has been waiting for it.
    public var since: Instant

    public init(document: DocumentKind?, reason: ReasonCode, since: Instant) {
        self.document = document
        self.reason = reason
        self.since = since
    }

    /// What the person is told to do, in both languages.
    public var fix: UserMessage {
        if let document, let fix = reason.fix(for: document) { return fix }
        return UserMessage(id: "Janji temu terlewat. Silakan pesan janji temu baru.",
                           en: "The appointment was missed. Please book a new one.")
    }
}

/// A document stored on an application, with the result of its checks.
public struct StoredDocument: Equatable, Sendable {
    public let id: Int64
    public let application: Int64
    public let upload: DocumentUpload
    public let uploadedAt: Instant
    /// `.ok`, or the check that failed.
    public let result: ReasonCode

    public init(id: Int64, application: Int64, upload: DocumentUpload, uploadedAt: Instant, result: ReasonCode) {
        self.id = id
        self.application = application
        self.upload = upload
        self.uploadedAt = uploadedAt
        self.result = result
    }

    /// Whether it passed every check.
    public var passed: Bool { result == .ok }
}
