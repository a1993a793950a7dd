/// Where an application stands: `draft → submitted → under-review → needs-action →
/// approved | rejected`, and `withdrawn`.
public enum ApplicationState: String, CaseIterable, Sendable {
    case draft
    case submitted
    case underReview = "under-review"
    /// The person must fix something (`Application.actionNeeded` says what) before review goes on.
    case needsAction = "needs-action"
    case approved
    case rejected
    case withdrawn

    /// Whether nothing more can happen to it: no uploads, no transitions.
    public var isClosed: Bool {
        self == .approved || self == .rejected || self == .withdrawn
    }

    /// Whether the person is waiting on the immigration office (a decision, a review).
    public var isWaitingOnOffice: Bool {
        self == .submitted || self == .underReview
    }
}

/// Who moved an application.
public enum ApplicationActor: String, CaseIterable, Sendable {
    /// The account holder, through the portal.
    case person
    /// An immigration officer.
    case officer
    /// The portal itself (document checks, missed appointments).
    case system
}
