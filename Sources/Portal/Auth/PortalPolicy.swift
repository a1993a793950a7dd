/// Every rule setting of a world: the `policy` object of scenario and policy files.
public struct PortalPolicy: Equatable, Sendable {
    /// Per-account lockout (Keycloak's brute-force detection).
    public var bruteForce: BruteForcePolicy
    /// Per-address CAPTCHA and throttle.
    public var throttle: ThrottlePolicy
    /// When the login page asks for a CAPTCHA.
    public var captcha: CaptchaPolicy
    /// One-time codes.
    public var otp: OTPPolicy
    /// Password resets.
    public var reset: ResetPolicy
    /// Session timeouts.
    public var session: SessionPolicy
    /// What a new password must be.
    public var password: PasswordPolicy

    /// The portal's defaults.
    public static let standard = PortalPolicy(
        bruteForce: .standard, throttle: .standard, captcha: .standard, otp: .standard, reset: .standard, session: .standard, password: .standard)

    /// Makes a policy from its parts.
    public init(
        bruteForce: BruteForcePolicy, throttle: ThrottlePolicy, captcha: CaptchaPolicy, otp: OTPPolicy,
        reset: ResetPolicy, session: SessionPolicy, password: PasswordPolicy
    ) {
        self.bruteForce = bruteForce
        self.throttle = throttle
        self.captcha = captcha
        self.otp = otp
        self.reset = reset
        self.session = session
        self.password = password
    }
}
