/// When the login page asks for a CAPTCHA.
public struct CaptchaPolicy: Equatable, Sendable {
    /// `off`, `after-failures` (once the account has failed `afterFailures` times), or `always`.
    public enum Mode: String, CaseIterable, Sendable {
        case off
        case afterFailures = "after-failures"
        case always
    }

    public var mode: Mode
    /// In `after-failures` mode, the account failure count from which a CAPTCHA is asked.
    public var afterFailures: Int

    /// After 3 failures.
    public static let standard = CaptchaPolicy(mode: .afterFailures, afterFailures: 3)

    /// Makes a policy.
    public init(mode: Mode, afterFailures: Int) {
        self.mode = mode
        self.afterFailures = afterFailures
    }

    /// Whether a login is asked for a CAPTCHA, given the account's failures so far (nil when
    /// the username matches no account, which then is asked only in `always` mode).
    public func isRequired(failures: Int?) -> Bool {
        switch mode {
        case .off: false
        case .always: true
        case .afterFailures: (failures ?? 0) >= afterFailures
        }
    }
}
