/// One-time codes for the second factor of login.
public struct OTPPolicy: Equatable, Sendable {
    /// Situations that ask for a code even from a person with no second factor enrolled
    /// (who then gets it by e-mail, the one channel every account has).
    public enum StepUp: String, CaseIterable, Sendable {
        /// The account's first successful login.
        case firstLogin = "first-login"
        /// The first login after a completed password reset.
        case afterReset = "after-reset"
        /// A device the account never logged in from.
        case unfamiliarDevice = "unfamiliar-device"
    }

    /// Digits in a code.
    public var digits: Int
    /// How long a code is good for.
    public var ttl: TimeSpan
    /// Wrong codes a challenge accepts before it is used up.
    public var maxTries: Int
    /// New codes a challenge may send after the first.
    public var maxResends: Int
    /// When a person without a second factor is asked for one anyway.
    public var stepUp: [StepUp]

    /// 6 digits, 5 minutes, 3 tries, 3 resends; a code after a password reset.
    public static let standard = OTPPolicy(digits: 6, ttl: .minutes(5), maxTries: 3, maxResends: 3, stepUp: [.afterReset])

    /// Makes a policy.
    public init(digits: Int, ttl: TimeSpan, maxTries: Int, maxResends: Int, stepUp: [StepUp]) {
        self.digits = digits
        self.ttl = ttl
        self.maxTries = maxTries
        self.maxResends = maxResends
        self.stepUp = stepUp
    }
}
