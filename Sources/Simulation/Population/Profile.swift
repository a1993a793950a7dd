/// How a simulated person behaves at the login page (DESIGN.md's four profiles).
public enum Profile: Int, CaseIterable, Sendable {
    /// Rarely mistypes, retries slowly, resets when stuck.
    case careful
    /// Often does not remember which password: tries several, resets often.
    case forgetful
    /// Knows the password but mistypes it.
    case typoProne
    /// Retries fast (sometimes within Keycloak's one-second quick-login check) and gives up early.
    case impatient

    /// The name used in scenario files.
    public var name: String {
        switch self {
        case .careful: "careful"
        case .forgetful: "forgetful"
        case .typoProne: "typoProne"
        case .impatient: "impatient"
        }
    }
}
