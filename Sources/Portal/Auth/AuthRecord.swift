/// Everything the login rules read and change for one account.
///
/// The store loads it, the rules change it, the store saves it, in one transaction. Kept free
/// of the profile's strings so the simulator can hold one per person cheaply.
public struct AuthRecord: Equatable, Sendable {
    /// Whose record it is; the key the store saves it under.
    public let account: AccountID
    /// The account's status, from the profile; login refuses any but `.active`.
    public var status: AccountStatus
    /// The account's verification, from the profile; login refuses any but `.verified`.
    public var verification: Verification
    /// Anything but `.none` makes every login ask a code on that channel.
    public var secondFactor: SecondFactor
    /// The failure count and lock, as the lockout rule keeps them.
    public var bruteForce: BruteForceState
    /// The one-time-code challenge of a login in progress.
    public var challenge: OTPChallenge?
    /// Addresses and devices of past successful logins, for the unfamiliar-device step-up.
    public var familiar: FamiliarSources
    /// The last successful login; nil until the first.
    public var lastLoginAt: Instant? {
        get { Instant(storedMilliseconds: lastLoginMilliseconds) }
        set { lastLoginMilliseconds = newValue.storedMilliseconds }
    }
    /// `lastLoginAt` as it is stored (`Instant.noneMilliseconds` before the first): the
    /// simulator keeps it so, and copies it in and out without an optional on the way.
    public var lastLoginMilliseconds: Int64
    /// A password reset was completed and no login has followed yet.
    public var isStepUpDue: Bool
    /// The desk handed out a temporary password: login refuses it until the person sets their own.
    public var mustChangePassword: Bool

    /// A record as stored, or for a new account.
    public init(
        account: AccountID, status: AccountStatus = .active, verification: Verification = .verified,
        secondFactor: SecondFactor = .none, bruteForce: BruteForceState = BruteForceState(),
        challenge: OTPChallenge? = nil, familiar: FamiliarSources = FamiliarSources(),
        lastLoginAt: Instant? = nil, isStepUpDue: Bool = false, mustChangePassword: Bool = false
    ) {
        self.account = account
        self.status = status
        self.verification = verification
        self.secondFactor = secondFactor
        self.bruteForce = bruteForce
        self.challenge = challenge
        self.familiar = familiar
        self.lastLoginMilliseconds = lastLoginAt.storedMilliseconds
        self.isStepUpDue = isStepUpDue
        self.mustChangePassword = mustChangePassword
    }
}
