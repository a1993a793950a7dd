/// What a notice announces: planned work, or trouble nobody planned.
public enum NoticeKind: String, CaseIterable, Sendable {
    /// Planned work with a window: `scheduled → in-progress → completed`, by the clock; it may recur.
    case maintenance
    /// Unplanned trouble: `investigating → identified → monitoring → resolved`, by the desk's
    /// updates (or by the clock when it was published with an end).
    case incident

    /// The statuses of its lifecycle, in order (`cancelled` belongs to both and to neither).
    public var lifecycle: [NoticeStatus] {
        switch self {
        case .maintenance: [.scheduled, .inProgress, .completed]
        case .incident: [.investigating, .identified, .monitoring, .resolved]
        }
    }

    /// The status an affected component takes when the desk does not name one: maintenance
    /// takes its components down for maintenance; an incident must say how bad it is.
    public var defaultComponentStatus: ComponentStatus? {
        self == .maintenance ? .underMaintenance : nil
    }

    /// The statuses a notice of this kind may impose on a component: anything but operational;
    /// `under-maintenance` only for maintenance (unplanned trouble is an outage, however it is
    /// fixed).
    public var componentStatuses: [ComponentStatus] {
        switch self {
        case .maintenance: [.degraded, .partialOutage, .majorOutage, .underMaintenance]
        case .incident: [.degraded, .partialOutage, .majorOutage]
        }
    }
}
