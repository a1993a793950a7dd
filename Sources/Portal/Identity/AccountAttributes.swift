/// Citizen or foreigner: decides which identity documents an account holds.
public enum AccountKind: String, CaseIterable, Sendable {
    case citizen
    case foreigner
}

/// The language the portal speaks to a person in.
public enum Language: String, CaseIterable, Sendable {
    case indonesian = "id"
    case english = "en"
}

/// Whether the person's identity has been checked: `unverified → pending → verified | rejected`.
public enum Verification: String, CaseIterable, Sendable {
    case unverified
    case pending
    case verified
    case rejected

    /// The states this one may move to; a rejected person may submit again.
    public var next: [Verification] {
        switch self {
        case .unverified: [.pending]
        case .pending: [.verified, .rejected]
        case .verified: []
        case .rejected: [.pending]
        }
    }
}

/// Whether the account may be used at all, independent of locks.
public enum AccountStatus: String, CaseIterable, Sendable {
    case active
    case suspended
    case disabled
}

/// The second factor a person enrolled for login.
public enum SecondFactor: String, CaseIterable, Sendable {
    /// No code at login unless the step-up policy asks for one; then it goes by e-mail.
    case none
    case sms
    case email

    /// The channel its codes go out on, nil for none.
    public var channel: Channel? {
        switch self {
        case .none: nil
        case .sms: .sms
        case .email: .email
        }
    }
}
