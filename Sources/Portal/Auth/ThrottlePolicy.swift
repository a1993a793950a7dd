/// Per-source rules: what the portal does about failures from one address, against any account
/// or none.
///
/// Counting by address rather than by account is what keeps the CAPTCHA and the throttle from
/// telling anyone which accounts exist: everyone at one address is asked alike.
public struct ThrottlePolicy: Equatable, Sendable {
    /// Failures from an address count while each comes within this long of the one before.
    public var window: TimeSpan
    /// Failures within the window that turn the address away; 0 never does.
    public var maxFailures: Int
    /// How long an address is turned away.
    public var block: TimeSpan

    /// 30 failures within 15 minutes of each other turn an address away for 15 minutes.
    public static let standard = ThrottlePolicy(window: .minutes(15), maxFailures: 30, block: .minutes(15))

    /// Makes a policy.
    public init(window: TimeSpan, maxFailures: Int, block: TimeSpan) {
        self.window = window
        self.maxFailures = maxFailures
        self.block = block
    }
}
