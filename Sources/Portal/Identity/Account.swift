/// A GO ID account: who the person is and how to reach them.
///
/// Login state (failures, locks, codes) lives in `AuthRecord`; this is the profile.
public struct Account: Equatable, Sendable {
    /// The key events, sessions and the outbox refer to the account by.
    public var id: AccountID
    /// Lower-cased; unique in the world.
    public var username: Username
    /// Lower-cased; unique in the world; where e-mail codes and reset links go.
    public var email: EmailAddress
    /// E.164; where SMS codes go; nil when the person gave none.
    public var phone: PhoneNumber?
    /// Decides which identity documents the account may hold (see `check()`).
    public var kind: AccountKind
    /// The identity documents on file; each is on no other account.
    public var documents: [IdentityDocument]
    /// The language the portal's messages and codes reach the person in.
    public var language: Language
    /// The channel every login asks a code on; `.none` leaves codes to the step-up policy.
    public var secondFactor: SecondFactor
    /// Where identity checking stands; login refuses any but `.verified`.
    public var verification: Verification
    /// Login refuses any but `.active`; brute-force locks are separate, in `AuthRecord`.
    public var status: AccountStatus
    /// When it was registered, at the world clock.
    public var createdAt: Instant

    /// Makes an account; `check()` says whether its parts fit together.
    public init(
        id: AccountID, username: Username, email: EmailAddress, phone: PhoneNumber? = nil,
        kind: AccountKind = .citizen, documents: [IdentityDocument] = [], language: Language = .indonesian,
        secondFactor: SecondFactor = .none, verification: Verification = .unverified,
        status: AccountStatus = .active, createdAt: Instant
    ) {
        self.id = id
        self.username = username
        self.email = email
        self.phone = phone
        self.kind = kind
        self.documents = documents
        self.language = language
        self.secondFactor = secondFactor
        self.verification = verification
        self.status = status
        self.createdAt = createdAt
    }

    /// Refuses an account whose parts contradict each other.
    ///
    /// Citizens hold one NIK and nothing else; foreigners a passport, plus at most one stay
    /// permit (KITAS or KITAP), which needs the passport beside it. A verified account must hold
    /// its primary document (NIK or passport), since verification is of that document. SMS as a
    /// second factor needs a phone number.
    public func check() throws(PortalError) {
        let types = documents.map(\.type)
        switch kind {
        case .citizen:
            guard types.allSatisfy({ $0 == .nik }) else {
                throw .accountInconsistent("a citizen holds a NIK, not a passport or stay permit")
            }
            guard types.count <= 1 else { throw .accountInconsistent("a citizen holds one NIK") }
        case .foreigner:
            guard !types.contains(.nik) else { throw .accountInconsistent("a foreigner holds no NIK") }
            guard types.filter({ $0 == .passport }).count <= 1 else {
                throw .accountInconsistent("a foreigner holds one passport on the account")
            }
            let permits = types.filter(\.isStayPermit)
            guard permits.count <= 1 else { throw .accountInconsistent("a foreigner holds one stay permit, KITAS or KITAP") }
            guard permits.isEmpty || types.contains(.passport) else {
                throw .accountInconsistent("a stay permit needs the passport it was issued in")
            }
        }
        if verification == .verified, primaryDocument == nil {
            throw .accountInconsistent(
                kind == .citizen
                    ? "a verified citizen needs a NIK (--document nik:NUMBER)"
                    : "a verified foreigner needs a passport (--document passport:NUMBER)")
        }
        if secondFactor == .sms, phone == nil {
            throw .accountInconsistent("SMS as second factor needs a phone number")
        }
    }

    /// The document identity verification is of: the NIK of a citizen, a foreigner's passport.
    public var primaryDocument: IdentityDocument? {
        documents.first { $0.type == (kind == .citizen ? .nik : .passport) }
    }

    /// Where a message on `channel` goes, nil when there is nowhere to send it.
    public func address(on channel: Channel) -> String? {
        switch channel {
        case .sms: phone?.value
        case .email: email.value
        }
    }
}
