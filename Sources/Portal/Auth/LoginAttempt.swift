/// One submission of the login page, and where it came from.
///
/// Plain data (no `String`): the simulator makes one per login, and destroying one with a
/// string in it was a call and a release on every login (25 M of 2,198 M instructions at
/// 100,000 people).
public struct LoginAttempt: Equatable, Sendable {
    /// What the person did with a CAPTCHA, if one was shown.
    public enum CaptchaAnswer: String, CaseIterable, Sendable {
        /// Answered right; also the value to give when none was shown, since it is then not read.
        case pass
        /// Answered wrong: when one was asked, the login is refused (`captcha-failed`), uncounted.
        case fail
    }

    /// When it was submitted, at the world clock.
    public var at: Instant
    /// The username or e-mail as typed, as the log keeps it (`LoginFlow.loggable`): the rules
    /// read it only for the event of an unknown user.
    public var identifier: LoggedText
    /// Where it came from; nil leaves it out of the per-address throttle and CAPTCHA counts.
    public var ip: IPAddress?
    /// A label for the device (`phone-1`); a code is good only on the device that asked for it.
    public var device: DeviceLabel?
    /// The CAPTCHA answer, read only when the policy asks for one.
    public var captcha: CaptchaAnswer
    /// Whether a one-time code was typed with the password (the one-page form, and `apoa login --otp`).
    public var hasCode: Bool
    /// The number the session gets if this attempt logs in, for its `login-succeeded` event
    /// (one event for the login and the session it starts); nil when the caller keeps none.
    public var sessionID: Int64?

    /// Makes an attempt; `identifier` is kept as the log keeps it.
    public init(at: Instant, identifier: String, ip: IPAddress? = nil, device: DeviceLabel? = nil,
                captcha: CaptchaAnswer = .pass, hasCode: Bool = false, sessionID: Int64? = nil) {
        self.init(at: at, identifier: LoginFlow.loggable(identifier), ip: ip, device: device, captcha: captcha,
                  hasCode: hasCode, sessionID: sessionID)
    }

    /// Makes an attempt whose identifier is already loggable: for the simulator, which makes one
    /// per login (inlined there, so an attempt is built in place).
    @inlinable
    public init(at: Instant, identifier: LoggedText, ip: IPAddress? = nil, device: DeviceLabel? = nil,
                captcha: CaptchaAnswer = .pass, hasCode: Bool = false, sessionID: Int64? = nil) {
        self.sessionID = sessionID
        self.at = at
        self.identifier = identifier
        self.ip = ip
        self.device = device
        self.captcha = captcha
        self.hasCode = hasCode
    }
}
