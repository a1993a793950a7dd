/// Every rule setting of a world: the `policy` object of scenario and policy files.
public struct PortalPolicy: Equatable, Sendable {
    public var bruteForce: BruteForcePolicy
    public var captcha: CaptchaPolicy
    public var otp: OTPPolicy
    public var reset: ResetPolicy
    public var session: SessionPolicy
    public var password: PasswordPolicy

    /// The portal's defaults.
    public static let standard = PortalPolicy(
        bruteForce: .standard, captcha: .standard, otp: .standard, reset: .standard, session: .standard, password: .standard)

    /// Makes a policy from its parts.
    public init(
        bruteForce: BruteForcePolicy, captcha: CaptchaPolicy, otp: OTPPolicy,
        reset: ResetPolicy, session: SessionPolicy, password: PasswordPolicy
    ) {
        self.bruteForce = bruteForce
        self.captcha = captcha
        self.otp = otp
        self.reset = reset
        self.session = session
        self.password = password
    }
}
