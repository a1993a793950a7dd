/// A component a notice is about, and the status the notice gives it while in force.
public struct AffectedComponent: Hashable, Sendable {
    /// The component.
    public let component: Component
    /// Its status while the notice is in force (never operational).
    public let status: ComponentStatus

    /// `component` at `status`.
    public init(_ component: Component, _ status: ComponentStatus) {
        self.component = component
        self.status = status
    }

    /// A component as the desk named it, its status left to the notice's kind when not given.
    public struct Request: Hashable, Sendable {
        /// The component.
        public let component: Component
        /// The status asked for, or nil for the kind's default.
        public let status: ComponentStatus?

        /// `component`, at `status` or the kind's default.
        public init(_ component: Component, _ status: ComponentStatus? = nil) {
            self.component = component
            self.status = status
        }
    }

    /// Reads a list like `auth,captcha` or `sms-gateway:major-outage,email:degraded`: components
    /// separated by commas, each with `:STATUS` when it is not the kind's default.
    ///
    /// Refuses an empty list or entry, an unknown component or status, and a component named twice.
    public static func parseList(_ text: String) throws(PortalError) -> [Request] {
        var requests: [Request] = []
        for entry in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = entry.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingSpaces
            guard !name.isEmpty else { throw .noticeRefused(.noComponents) }
            guard let component = Component(rawValue: name) else { throw .noticeRefused(.unknownComponent(name)) }
            var status: ComponentStatus?
            if parts.count == 2 {
                let word = parts[1].trimmingSpaces
                guard let parsed = ComponentStatus(rawValue: word) else {
                    throw .noticeRefused(.unknownComponentStatus(word, component: component))
                }
                status = parsed
            }
            guard !requests.contains(where: { $0.component == component }) else {
                throw .noticeRefused(.duplicateComponent(component))
            }
            requests.append(Request(component, status))
        }
        return requests
    }
}

extension Substring {
    /// Without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
