/// Input the portal's rules refuse: the one error type of this module.
///
/// Refusals that are part of normal use (a wrong password, a locked account) are not errors:
/// they are outcomes with a reason code. These are values that cannot be accepted at all.
public enum PortalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A username that breaks the rules; `why` says which.
    case invalidUsername(String, why: String)
    /// Not an e-mail address of the form `name@domain.tld`.
    case invalidEmail(String)
    /// Not a phone number that normalises to E.164 with 8 to 15 digits.
    case invalidPhone(String)
    /// A document number wrong for its type (`TYPE:NUMBER` as given); `why` says how.
    case invalidDocument(String, why: String)
    /// Neither dotted IPv4 nor IPv6.
    case invalidIPAddress(String)
    /// A date and time with no zone offset: the same wall-clock time is a different instant in
    /// Jakarta, Makassar and Jayapura, so the offset is never guessed.
    case timeWithoutOffset(String)
    /// Not of the form `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`.
    case malformedTime(String)
    /// The right form, but `field` names something that does not exist (`month 13`, `day 31 in November`).
    case timeOutOfRange(String, text: String)
    /// A new password the password policy refuses; never carries the password.
    case passwordRefused(PasswordProblem)
    /// A profile whose parts contradict each other; the text says which (`Account.check`).
    case accountInconsistent(String)
    /// libxcrypt refused to hash: a bad setting, not a bad password.
    case hashingFailed
    /// A notice, notice update or cancellation the notice rules refuse; the problem says why.
    case noticeRefused(NoticeProblem)

    /// A lower-case message that names the value and what was expected. Never a password.
    public var description: String {
        switch self {
        case .invalidUsername(let text, let why): "invalid username '\(text)': \(why)"
        case .invalidEmail(let text): "invalid e-mail address '\(text)': expected name@domain, like ani@example.id"
        case .invalidPhone(let text):
            "invalid phone number '\(text)': expected +<country><number> or an Indonesian 08… number, 8 to 15 digits"
        case .invalidDocument(let text, let why): "invalid identity document '\(text)': \(why)"
        case .invalidIPAddress(let text): "invalid IP address '\(text)': expected IPv4 like 36.80.1.2 or IPv6 like 2001:db8::1"
        case .timeWithoutOffset(let text): "expected a time with a zone offset, like 2026-12-01T08:00:00+07:00, found '\(text)'"
        case .malformedTime(let text): "expected a time like 2026-12-01T08:00:00+07:00 or 2026-12-01T01:00:00Z, found '\(text)'"
        case .timeOutOfRange(let field, let text): "\(field) is out of range in '\(text)'"
        case .passwordRefused(let problem): "password refused: \(problem)"
        case .accountInconsistent(let why): "account refused: \(why)"
        case .hashingFailed: "the password could not be hashed (libxcrypt refused the setting)"
        case .noticeRefused(let problem): problem.description
        }
    }
}
