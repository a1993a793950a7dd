/// How long a logged-in session lasts.
public struct SessionPolicy: Equatable, Sendable {
    /// A session unused this long ends.
    public var idle: TimeSpan
    /// A session ends this long after it started, however busy.
    public var absolute: TimeSpan

    /// 30 minutes idle, 12 hours at most.
    public static let standard = SessionPolicy(idle: .minutes(30), absolute: .hours(12))

    /// Makes a policy.
    public init(idle: TimeSpan, absolute: TimeSpan) {
        self.idle = idle
        self.absolute = absolute
    }
}
