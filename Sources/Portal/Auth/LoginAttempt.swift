/// One submission of the login page, and where it came from.
public struct LoginAttempt: Equatable, Sendable {
    /// What the person did with a CAPTCHA, if one was shown.
    public enum CaptchaAnswer: String, CaseIterable, Sendable {
        case pass
        case fail
    }

    public var at: Instant
    /// The username or e-mail as typed (kept in the event of an unknown user).
    public var identifier: String
    public var ip: IPAddress?
    public var device: String?
    public var captcha: CaptchaAnswer
    /// Whether a one-time code was typed with the password (the one-page form, and `apoa login --otp`).
    public var hasCode: Bool

    /// Makes an attempt.
    public init(at: Instant, identifier: String, ip: IPAddress? = nil, device: String? = nil,
                captcha: CaptchaAnswer = .pass, hasCode: Bool = false) {
        self.at = at
        self.identifier = identifier
        self.ip = ip
        self.device = device
        self.captcha = captcha
        self.hasCode = hasCode
    }
}
