/// What the components do to one request: for each, whether it answers.
///
/// The caller decides (the desk from the world's current statuses, the simulator by drawing
/// against `ComponentStatus.failureShare`); the login rules only read the answer, so they stay
/// free of randomness.
public struct PlatformConditions: Equatable, Sendable {
    /// Why a component did not answer: the status it was in.
    public private(set) var down: [Component: ComponentStatus] = [:]

    /// Every component answers.
    public static let allUp = PlatformConditions()

    /// Every component answers; mark failures with `setDown`.
    public init() {}

    /// Marks a component as not answering this request, because of `status`.
    public mutating func setDown(_ component: Component, because status: ComponentStatus) {
        down[component] = status
    }

    /// The status that stops the component from answering, or nil when it answers.
    public func outage(of component: Component) -> ComponentStatus? {
        down[component]
    }
}
