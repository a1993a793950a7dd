/// What a new password must be: long enough, not too long, not common, not the username.
///
/// Length rules in the NIST SP 800-63B spirit: length and a blocklist, no composition rules.
public struct PasswordPolicy: Equatable, Sendable {
    /// Fewest characters (at least 8).
    public var minLength: Int
    /// Most characters (at least 64, so pass phrases fit).
    public var maxLength: Int

    /// 8 to 64 characters.
    public static let standard = PasswordPolicy(minLength: 8, maxLength: 64)

    /// Makes a policy.
    public init(minLength: Int, maxLength: Int) {
        self.minLength = minLength
        self.maxLength = maxLength
    }

    /// Refuses `password` for the account `username`; the error never contains the password.
    public func check(_ password: String, username: Username? = nil, email: EmailAddress? = nil) throws(PortalError) {
        let length = password.count
        if length < minLength { throw .passwordRefused(.tooShort(minimum: minLength)) }
        if length > maxLength { throw .passwordRefused(.tooLong(maximum: maxLength)) }
        if password.contains(where: { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
            throw .passwordRefused(.controlCharacter)
        }
        let lowered = password.lowercased()
        if CommonPasswords.contains(lowered) { throw .passwordRefused(.common) }
        let personal = [username?.value, email.flatMap { $0.value.split(separator: "@").first.map(String.init) }]
        for part in personal.compactMap({ $0 }) where part.count >= 3 && lowered.contains(part) {
            throw .passwordRefused(.containsName)
        }
    }
}

/// Why a password was refused, in words a person can act on.
public enum PasswordProblem: Equatable, Sendable, CustomStringConvertible {
    case tooShort(minimum: Int)
    case tooLong(maximum: Int)
    case controlCharacter
    /// On the list of commonly used passwords, compared without case.
    case common
    /// Contains the username or the e-mail's part before `@` (when 3 characters or more).
    case containsName

    /// What the person is told, in both languages.
    public var message: UserMessage {
        switch self {
        case .tooShort(let minimum):
            UserMessage(id: "Kata sandi minimal \(minimum) karakter.", en: "The password needs at least \(minimum) characters.")
        case .tooLong(let maximum):
            UserMessage(id: "Kata sandi maksimal \(maximum) karakter.", en: "The password can have at most \(maximum) characters.")
        case .controlCharacter:
            UserMessage(id: "Kata sandi tidak boleh berisi baris baru atau karakter kontrol.",
                        en: "The password cannot contain a line break or control character.")
        case .common:
            UserMessage(id: "Kata sandi ini terlalu umum. Pilih yang lain.", en: "This password is too common. Please choose another.")
        case .containsName:
            UserMessage(id: "Kata sandi tidak boleh memuat nama pengguna atau nama e-mail Anda.",
                        en: "The password cannot contain your username or e-mail name.")
        }
    }

    /// A lower-case sentence.
    public var description: String {
        switch self {
        case .tooShort(let minimum): "it has fewer than \(minimum) characters"
        case .tooLong(let maximum): "it has more than \(maximum) characters"
        case .controlCharacter: "it contains a line break or control character"
        case .common: "it is on the list of commonly used passwords"
        case .containsName: "it contains the username or the e-mail name"
        }
    }
}
