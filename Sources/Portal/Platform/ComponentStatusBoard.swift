/// Every component's status at one instant, and what set it: the world's own record of
/// outages (what the simulator wrote) and the notices in force. The worst status wins
/// (`ComponentStatus.severity`).
///
/// What a status page shows and what the login path needs: `conditions` turns the board
/// into the components that answer no request.
public struct ComponentStatusBoard: Equatable, Sendable {
    /// One component's line on the board.
    public struct Entry: Equatable, Sendable {
        /// The component.
        public let component: Component
        /// The worst of what the record and the notices say; `operational` when nothing does.
        public fileprivate(set) var status: ComponentStatus = .operational
        /// What the world's record says (a period of `component_status`), nil when it has nothing.
        public fileprivate(set) var recorded: ComponentStatus?
        /// The notices imposing a status on the component, in the order they were added.
        public fileprivate(set) var notices: [Imposition] = []

        /// The notice whose status won (the first of the worst), for the words people are shown;
        /// nil when the record alone sets the status or nothing does.
        public var leadingNotice: Notice? {
            guard recorded.map({ $0.severity < status.severity }) ?? true else { return nil }
            return notices.first { $0.status == status }?.notice
        }
    }

    /// A notice and the status it imposes on one component.
    public struct Imposition: Equatable, Sendable {
        /// The notice in force.
        public let notice: Notice
        /// What it says the component's status is.
        public let status: ComponentStatus
    }

    /// One entry per component, in `Component.allCases` order.
    public private(set) var entries: [Entry]

    /// A board with every component operational.
    public init() {
        entries = Component.allCases.map { Entry(component: $0) }
    }

    /// The entry of `component`.
    public subscript(component: Component) -> Entry {
        entries[component.index]
    }

    /// Adds what the world's record says about `component` (several periods at once: the worst).
    public mutating func record(_ status: ComponentStatus, for component: Component) {
        entries[component.index].recorded = entries[component.index].recorded.map { $0.worse(status) } ?? status
        entries[component.index].status = entries[component.index].status.worse(status)
    }

    /// Adds what `notice` imposes at `instant` (nothing when it is not in force then).
    public mutating func impose(_ notice: Notice, at instant: Instant) {
        for affected in notice.componentStatuses(at: instant) {
            let index = affected.component.index
            entries[index].notices.append(Imposition(notice: notice, status: affected.status))
            entries[index].status = entries[index].status.worse(affected.status)
        }
    }

    /// What the components do to a request now: a component whose status turns every request
    /// away (`failureShare` 1: a major outage, maintenance) does not answer; a partial outage,
    /// which the simulator draws per request, answers (as half of the requests would).
    public var conditions: PlatformConditions {
        var conditions = PlatformConditions()
        for entry in entries where entry.status.failureShare >= 1 {
            conditions.setDown(entry.component, because: entry.status)
        }
        return conditions
    }
}
