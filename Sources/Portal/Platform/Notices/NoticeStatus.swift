/// Where a notice is in its lifecycle at an instant.
///
/// Maintenance moves by the clock alone: `scheduled` before a window, `in-progress` during one,
/// `completed` after the last (a recurring one is `scheduled` between windows). An incident moves
/// by the desk's timed updates: `investigating` from its start, then whatever the latest update
/// says, `resolved` at a `resolved` update or at its end. `cancelled` is a notice called off.
public enum NoticeStatus: String, CaseIterable, Sendable {
    /// Maintenance before its (next) window.
    case scheduled
    /// Maintenance during a window.
    case inProgress = "in-progress"
    /// Maintenance after its last window (or its last window ended early).
    case completed
    /// An incident whose cause is being sought: the first status of every incident.
    case investigating
    /// An incident whose cause is known and being fixed.
    case identified
    /// An incident with a fix in place, watched: its components answer again.
    case monitoring
    /// An incident that is over.
    case resolved
    /// A notice called off by the desk.
    case cancelled

    /// The kind whose lifecycle this status belongs to; nil for `cancelled`, which ends either.
    public var kind: NoticeKind? {
        switch self {
        case .scheduled, .inProgress, .completed: .maintenance
        case .investigating, .identified, .monitoring, .resolved: .incident
        case .cancelled: nil
        }
    }

    /// Whether the notice is over for good: completed, resolved or cancelled. A finished notice
    /// takes no more updates and imposes nothing.
    public var isFinal: Bool {
        self == .completed || self == .resolved || self == .cancelled
    }

    /// Whether an incident in this status holds its components at their statuses: while the
    /// cause is sought or known. From `monitoring` on a fix is in place and the components
    /// answer again; the notice stays up while the desk watches.
    public var imposesIncidentStatuses: Bool {
        self == .investigating || self == .identified
    }
}
