import Portal

/// What registering an account takes, before it has a number.
public struct NewAccount: Equatable, Sendable {
    /// Lower-cased; `addAccount` refuses one another account has.
    public var username: Username
    /// Lower-cased; where e-mail codes and reset links go; `addAccount` refuses one another account has.
    public var email: EmailAddress
    /// Where SMS codes go; nil for none, which rules out SMS as the second factor.
    public var phone: PhoneNumber?
    /// Decides which identity documents `check()` accepts.
    public var kind: AccountKind
    /// Each refused when it is on another account; `Account.check` says which a kind may hold.
    public var documents: [IdentityDocument]
    /// The language the person's messages and codes are written in.
    public var language: Language
    /// The channel every login asks a code on; `.none` leaves codes to the step-up policy.
    public var secondFactor: SecondFactor
    /// Where identity checking starts; `.verified` needs the primary document.
    public var verification: Verification

    /// A new account's profile; everything but username and e-mail has the portal's default.
    public init(
        username: Username, email: EmailAddress, phone: PhoneNumber? = nil, kind: AccountKind = .citizen,
        documents: [IdentityDocument] = [], language: Language = .indonesian,
        secondFactor: SecondFactor = .none, verification: Verification = .unverified
    ) {
        self.username = username
        self.email = email
        self.phone = phone
        self.kind = kind
        self.documents = documents
        self.language = language
        self.secondFactor = secondFactor
        self.verification = verification
    }

    /// Refuses a profile whose parts contradict each other (`Account.check`).
    public func check() throws(PortalError) {
        try account(id: AccountID(0), at: Instant(millisecondsSince1970: 0)).check()
    }

    /// The account this becomes under `id` at `now`.
    func account(id: AccountID, at now: Instant) -> Account {
        Account(id: id, username: username, email: email, phone: phone, kind: kind, documents: documents,
                language: language, secondFactor: secondFactor, verification: verification, status: .active, createdAt: now)
    }
}
