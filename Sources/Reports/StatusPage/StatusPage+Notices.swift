import Portal

extension StatusPage {
    /// Where a maintenance window shown on the page is: it has not started, or it is under way.
    public enum MaintenanceStatus: String, CaseIterable, Sendable {
        /// Announced, not started.
        case scheduled
        /// Under way now.
        case inProgress = "in-progress"
    }

    /// A maintenance window in progress or to come, its text in the page's language.
    public struct Maintenance: Equatable, Sendable {
        /// The notice's identifier, stable for its life: it names the feed entry and the page anchor.
        public var id: String
        /// A short title.
        public var title: String
        /// What people should expect; may be empty.
        public var body: String
        /// The components it takes down, in the order to show them.
        public var components: [Component]
        /// When it starts (this occurrence, for a recurring window).
        public var starts: Instant
        /// When it ends.
        public var ends: Instant
        /// Scheduled or in progress.
        public var status: MaintenanceStatus
        /// How it repeats, in words, like `Every Sunday 01:00–03:00 WIB`; nil when it does not.
        public var recurrence: String?
        /// When the notice was published or last changed: the feed entry's `updated`.
        public var updated: Instant

        /// A maintenance window; `body` and `recurrence` may be left out.
        public init(
            id: String, title: String, body: String = "", components: [Component], starts: Instant, ends: Instant,
            status: MaintenanceStatus, recurrence: String? = nil, updated: Instant
        ) {
            self.id = id
            self.title = title
            self.body = body
            self.components = components
            self.starts = starts
            self.ends = ends
            self.status = status
            self.recurrence = recurrence
            self.updated = updated
        }
    }

    /// Where an incident stands, as its updates say.
    public enum IncidentStatus: String, CaseIterable, Sendable {
        /// Staff know something is wrong and are looking for the cause.
        case investigating
        /// The cause is known and being fixed.
        case identified
        /// A fix is in place and being watched.
        case monitoring
        /// Over.
        case resolved
    }

    /// An incident and the updates posted about it, text in the page's language.
    public struct Incident: Equatable, Sendable {
        /// The notice's identifier, stable for its life.
        public var id: String
        /// A short title.
        public var title: String
        /// The components it affects.
        public var components: [Component]
        /// When it began (which may be before the first update was posted).
        public var started: Instant
        /// The updates, in any order: the page shows them newest first and takes the incident's
        /// status and times from them. An incident without updates is shown as investigating.
        public var updates: [IncidentUpdate]

        /// An incident.
        public init(id: String, title: String, components: [Component], started: Instant, updates: [IncidentUpdate]) {
            self.id = id
            self.title = title
            self.components = components
            self.started = started
            self.updates = updates
        }
    }

    /// One timed update of an incident.
    public struct IncidentUpdate: Equatable, Sendable {
        /// The incident's status from this update on.
        public var status: IncidentStatus
        /// What the update says.
        public var message: String
        /// When it was posted.
        public var at: Instant

        /// An update.
        public init(status: IncidentStatus, message: String, at: Instant) {
            self.status = status
            self.message = message
            self.at = at
        }
    }
}
