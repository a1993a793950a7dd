import Portal

/// A generated account's row, as text already valid (`WorldBuilder.addGeneratedAccount`).
public struct GeneratedAccount: Sendable {
    /// Account number.
    public var id: AccountID
    /// Lower-case, valid as a `Username`.
    public var username: String
    /// Lower-case, valid as an `EmailAddress`.
    public var email: String
    /// E.164, valid as a `PhoneNumber`.
    public var phone: String
    /// Citizen or foreigner.
    public var kind: AccountKind
    /// `id` or `en`.
    public var language: Language
    /// The enrolled second factor.
    public var secondFactor: SecondFactor
    /// The identity check's state.
    public var verification: Verification
    /// When the account was made.
    public var createdAt: Instant
    /// The last successful login, if any.
    public var lastLoginAt: Instant?
    /// A reset was completed and no login has followed.
    public var isStepUpDue: Bool
    /// NIK or passport.
    public var documentType: IdentityDocument.DocumentType
    /// Valid for `documentType`.
    public var documentNumber: String

    /// A row.
    public init(id: AccountID, username: String, email: String, phone: String, kind: AccountKind, language: Language,
                secondFactor: SecondFactor, verification: Verification, createdAt: Instant, lastLoginAt: Instant?,
                isStepUpDue: Bool, documentType: IdentityDocument.DocumentType, documentNumber: String) {
        self.id = id
        self.username = username
        self.email = email
        self.phone = phone
        self.kind = kind
        self.language = language
        self.secondFactor = secondFactor
        self.verification = verification
        self.createdAt = createdAt
        self.lastLoginAt = lastLoginAt
        self.isStepUpDue = isStepUpDue
        self.documentType = documentType
        self.documentNumber = documentNumber
    }
}
