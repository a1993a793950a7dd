/// Input the portal's rules refuse: the one error type of this module.
///
/// Refusals that are part of normal use (a wrong password, a locked account) are not errors:
/// they are outcomes with a reason code. These are values that cannot be accepted at all.
public enum PortalError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUsername(String, why: String)
    case invalidEmail(String)
    case invalidPhone(String)
    case invalidDocument(String, why: String)
    case invalidIPAddress(String)
    /// A date and time with no zone offset: the same wall-clock time is a different instant in
    /// Jakarta, Makassar and Jayapura, so the offset is never guessed.
    case timeWithoutOffset(String)
    /// Not of the form `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`.
    case malformedTime(String)
    /// The right form, but `field` names something that does not exist (`month 13`, `day 31 in November`).
    case timeOutOfRange(String, text: String)
    case passwordRefused(PasswordProblem)
    case accountInconsistent(String)
    case hashingFailed

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
        }
    }
}
