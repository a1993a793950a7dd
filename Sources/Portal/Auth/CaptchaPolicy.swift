/// When the login page asks for a CAPTCHA.
public struct CaptchaPolicy: Equatable, Sendable {
    /// `off`, `after-failures` (once `afterFailures` logins from the address failed), or `always`.
    public enum Mode: String, CaseIterable, Sendable {
        case off
        case afterFailures = "after-failures"
        case always
    }

    /// Never, after failures from the login's address, or always.
    public var mode: Mode
    /// In `after-failures` mode, the failures from the login's address (within the throttle
    /// window, against any account or none) from which a CAPTCHA is asked. By address, not by
    /// account: a CAPTCHA shown for known accounts only would tell which accounts exist.
    public var afterFailures: Int

    /// After 3 failures.
    public static let standard = CaptchaPolicy(mode: .afterFailures, afterFailures: 3)

    /// Makes a policy.
    public init(mode: Mode, afterFailures: Int) {
        self.mode = mode
        self.afterFailures = afterFailures
    }

    /// Whether a login is asked for a CAPTCHA, given the recent failures from its address.
    public func isRequired(sourceFailures: Int) -> Bool {
        switch mode {
        case .off: false
        case .always: true
        case .afterFailures: sourceFailures >= afterFailures
        }
    }
}
