import Portal

/// One application with everything the desk shows about it.
public struct ApplicationDetail: Equatable, Sendable {
    public let application: Application
    /// The account holder's username.
    public let username: String
    /// Every upload that was stored, oldest first, with its result.
    public let documents: [StoredDocument]
    /// Office visits, oldest booking first.
    public let appointments: [Appointment]
    /// Its events, oldest first: created, uploads, moves and refusals, bookings.
    public let history: [ApplicationHistoryEntry]
    /// The world clock when it was read.
    public let now: Instant
}

/// One event of an application's history, read back from the event log.
public struct ApplicationHistoryEntry: Equatable, Sendable {
    /// The event's place in the log.
    public let seq: Int64
    public let at: Instant
    public let kind: EventKind
    /// Why: the move's reason, a document check's result, or the refusal's reason.
    public let reason: ReasonCode
    /// For a move (or a refused one): from and to which state, and who made it.
    public let from: ApplicationState?
    public let to: ApplicationState?
    public let by: ApplicationActor?
    /// The document it concerns (uploaded, failed, requested, or missing at a refused submit).
    public let document: DocumentKind?
    /// For a booking: where and when.
    public let office: Office?
    public let slot: Instant?

    /// Who acted: the actor of a move; the person for what they do at the portal; the office
    /// for whether they came to an appointment.
    public var actor: ApplicationActor {
        if let by { return by }
        switch kind {
        case .appointmentAttended, .appointmentMissed: return .officer
        default: return .person
        }
    }

    /// The workflow rule that allowed a move, in words (nil for anything else).
    public var rule: String? {
        guard kind == .applicationStatusChanged, let from, let to, let by else { return nil }
        return ApplicationWorkflow.rule(from: from, to: to, by: by, reason: reason)?.allows
    }

    /// Reads an event whose `detail` is one of the application details (`application=7 from=… to=…`).
    init(seq: Int64, event: Event) {
        var fields: [Substring: Substring] = [:]
        for pair in (event.detail?.description ?? "").split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        func value<T: RawRepresentable>(_ key: Substring) -> T? where T.RawValue == String {
            fields[key].flatMap { T(rawValue: String($0)) }
        }
        self.seq = seq
        self.at = event.at
        self.kind = event.kind
        self.reason = event.reason
        self.from = value("from")
        self.to = value("to")
        self.by = value("by")
        // A move names the document's kind in `document=`; an upload its number there and the kind in `kind=`.
        self.document = value("document") ?? value("kind")
        self.office = value("office")
        self.slot = fields["at"].flatMap { Int64($0) }.map(Instant.init(millisecondsSince1970:))
    }
}

/// An application the helpdesk should look at: one waiting for the person (`needs-action`),
/// or one that has waited on the office longer than its kind usually takes.
public struct ApplicationAttention: Equatable, Sendable {
    public let application: Application
    /// While `needs-action`: each thing to fix, with the upload that failed when there is one.
    public let actionNeeded: [ActionNeeded]
    /// For a stuck application: how long since it was (last) submitted. Nil otherwise.
    public let waiting: TimeSpan?
    /// For a submitted application whose office visit is not booked: the visit to book.
    public var visitToBook: AppointmentPurpose? = nil

    /// Whether this is a stuck application rather than one waiting for the person.
    public var isStuck: Bool { waiting != nil }
}

/// One thing a `needs-action` application waits for, with the evidence.
public struct ActionNeeded: Equatable, Sendable {
    /// Which document (nil for a missed appointment), what failed, since when; `item.fix` says what to do.
    public let item: ActionItem
    /// The upload that failed the check, when the item is a failed check.
    public let failedUpload: StoredDocument?
}

/// A notification in an account's inbox, as stored: in the account's language.
public struct StoredNotification: Equatable, Sendable {
    public let id: Int64
    public let at: Instant
    public let topic: NotificationTopic
    public let application: Int64?
    public let language: Language
    public let text: String
    /// When the person read it; nil while unread.
    public let readAt: Instant?

    public var isRead: Bool { readAt != nil }
}

/// How `appointments.day` names a slot's day: its local date in the world's zone (`2026-12-02`),
/// by which an office's daily capacity is counted. The simulator writes the same text.
public enum AppointmentDay {
    public static func of(_ slot: Instant, in zone: Zone) -> String {
        String(zone.local(slot).description.prefix(10))
    }
}
