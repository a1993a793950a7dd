import Portal

/// What registering an account takes, before it has a number.
public struct NewAccount: Equatable, Sendable {
    public var username: Username
    public var email: EmailAddress
    public var phone: PhoneNumber?
    public var kind: AccountKind
    public var documents: [IdentityDocument]
    public var language: Language
    public var secondFactor: SecondFactor
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

    /// The account this becomes under `id` at `now`.
    func account(id: AccountID, at now: Instant) -> Account {
        Account(id: id, username: username, email: email, phone: phone, kind: kind, documents: documents,
                language: language, secondFactor: secondFactor, verification: verification, status: .active, createdAt: now)
    }
}
