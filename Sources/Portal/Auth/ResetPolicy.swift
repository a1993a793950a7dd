/// Password resets: how long a link or code lives and how often one may be asked for.
public struct ResetPolicy: Equatable, Sendable {
    /// How long a reset link or code is good for.
    public var ttl: TimeSpan
    /// Requests per account in any hour; more get the same answer but send nothing.
    public var maxPerHour: Int
    /// Digits in a code sent by SMS (a link by e-mail carries a longer token).
    public var smsCodeDigits: Int
    /// Wrong links or codes an outstanding token survives (an 8-digit code must not be guessable
    /// in its half hour).
    public var maxTries: Int

    /// 30 minutes, 3 an hour, 8-digit SMS codes, 5 wrong tries.
    public static let standard = ResetPolicy(ttl: .minutes(30), maxPerHour: 3, smsCodeDigits: 8, maxTries: 5)

    /// Makes a policy.
    public init(ttl: TimeSpan, maxPerHour: Int, smsCodeDigits: Int, maxTries: Int) {
        self.ttl = ttl
        self.maxPerHour = maxPerHour
        self.smsCodeDigits = smsCodeDigits
        self.maxTries = maxTries
    }
}
