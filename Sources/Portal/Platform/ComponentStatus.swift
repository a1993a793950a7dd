/// A component's condition, with Statuspage's five names.
public enum ComponentStatus: String, CaseIterable, Sendable {
    case operational
    case degraded
    case partialOutage = "partial-outage"
    case majorOutage = "major-outage"
    case underMaintenance = "under-maintenance"

    /// The share of requests this status turns away.
    ///
    /// One rule for the simulator (which draws per request) and the desk (where a status of
    /// zero or one decides outright): degraded components are slow but answer, a partial
    /// outage fails half the requests, a major outage or maintenance all of them.
    public var failureShare: Double {
        switch self {
        case .operational, .degraded: 0
        case .partialOutage: 0.5
        case .majorOutage, .underMaintenance: 1
        }
    }

    /// The reason code a request turned away by this status is logged with.
    public var refusalReason: ReasonCode {
        self == .underMaintenance ? .maintenance : .serviceOutage
    }
}
