import Portal

/// A stretch of time a component spent in one status: what the world's status history holds.
public struct StatusPeriod: Equatable, Sendable {
    /// Which component.
    public var component: Component
    /// When the status began.
    public var starts: Instant
    /// When it ended (exclusive); a period still going on ends at the page's `generated` time.
    public var ends: Instant
    /// The status held from `starts` to `ends`.
    public var status: ComponentStatus

    /// A period; empty or backwards ones (`ends <= starts`) are allowed and count for nothing.
    public init(component: Component, starts: Instant, ends: Instant, status: ComponentStatus) {
        self.component = component
        self.starts = starts
        self.ends = ends
        self.status = status
    }
}
