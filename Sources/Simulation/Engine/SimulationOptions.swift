import Portal

/// How to run a scenario: what to override, how many threads, what to keep.
public struct SimulationOptions: Sendable {
    /// What the world keeps of the run.
    public enum Record: String, CaseIterable, Sendable {
        /// Every event, in the world's event log.
        case all
        /// Accounts, final state, tickets and metric series, but not the per-attempt event log.
        case summary
    }

    /// Replaces the scenario's seed.
    public var seed: UInt64?
    /// Replaces the population size.
    public var users: Int?
    /// Replaces the run's length.
    public var duration: TimeSpan?
    /// Worker threads (results do not depend on it).
    public var threads: Int
    public var record: Record
    /// The scenario file's text, kept in the world for grading and continuing.
    public var scenarioText: String?
    /// The worked world this run carries on, when it does (`--continue`).
    public var continuation: Continuation?
    /// Called now and then from the run's thread with how far it got.
    public var progress: (@Sendable (SimulationProgress) -> Void)?

    /// Defaults: the scenario as written, all events, `threads` workers.
    public init(threads: Int, record: Record = .all) {
        self.threads = max(1, threads)
        self.record = record
    }
}

/// How far a run got.
public struct SimulationProgress: Sendable {
    /// What the run is doing.
    public enum Phase: Sendable {
        /// Simulating minute after minute.
        case simulating
        /// Done simulating; writing accounts, final state and series, and building indexes.
        case writing
    }

    public let phase: Phase
    /// Minutes of the run simulated, and in all.
    public let minutesDone: Int
    public let minutesTotal: Int
    /// Sessions started so far.
    public let sessions: Int64
}

/// What a run did: the closing summary of `apoa simulate`.
public struct SimulationSummary: Sendable, Equatable {
    public let scenario: String
    public let seed: UInt64
    public let users: Int
    public let start: Instant
    public let end: Instant
    public let sessions: Int64
    public let attempts: Int64
    /// Of the attempts, those by attackers.
    public let attackAttempts: Int64
    public let successes: Int64
    public let lockouts: Int64
    public let otpSent: Int64
    public let resets: Int64
    public let tickets: Int64
    /// Applications opened, submitted, approved and rejected in the run.
    public let applications: ApplicationCounts
    public let events: Int64
    /// SHA-256 over the run's canonical event streams (see `SimulationRun.digest`).
    public let digest: String
    /// Per-hour series, for thresholds.
    public let hourly: HourlySeries
}

/// What happened to applications during a run (those under way at the start count only for
/// what happened to them after it).
public struct ApplicationCounts: Sendable, Equatable {
    public let opened: Int64
    public let submitted: Int64
    public let neededAction: Int64
    public let approved: Int64
    public let rejected: Int64
    public let documentsUploaded: Int64
    public let documentsFailed: Int64
    public let appointmentsBooked: Int64
    public let appointmentsMissed: Int64
}
