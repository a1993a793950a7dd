import Portal

/// How each profile behaves at the login page: the numbers behind "careful", "forgetful",
/// "typo-prone" and "impatient". Tuned so a normal day has a few percent failed logins and a
/// handful of owner lockouts per ten thousand people, as portals of this size report.
struct ProfileParameters: Sendable {
    /// Chance the first password typed in a visit is wrong.
    let firstWrong: Double
    /// Chance each retry is wrong again.
    let retryWrong: Double
    /// Of the wrong passwords, the share that are the password before the last reset.
    let oldPasswordShare: Double
    /// Mean seconds between a refusal and the next try.
    let thinkSeconds: Double
    /// Tries in one visit before giving up or resetting.
    let maxAttempts: Int
    /// Chance of asking for a reset when stuck (instead of giving up).
    let resetWhenStuck: Double
    /// Chance a CAPTCHA beats them.
    let captchaFail: Double
    /// Chance they type a code wrong.
    let codeWrong: Double
    /// Seconds they wait for a code before asking again.
    let patienceSeconds: Double

    static func of(_ profile: Profile) -> ProfileParameters {
        switch profile {
        case .careful:
            ProfileParameters(firstWrong: 0.03, retryWrong: 0.3, oldPasswordShare: 0.2, thinkSeconds: 20, maxAttempts: 3,
                              resetWhenStuck: 0.6, captchaFail: 0.04, codeWrong: 0.02, patienceSeconds: 150)
        case .forgetful:
            ProfileParameters(firstWrong: 0.35, retryWrong: 0.55, oldPasswordShare: 0.5, thinkSeconds: 25, maxAttempts: 5,
                              resetWhenStuck: 0.7, captchaFail: 0.08, codeWrong: 0.05, patienceSeconds: 120)
        case .typoProne:
            ProfileParameters(firstWrong: 0.2, retryWrong: 0.25, oldPasswordShare: 0.05, thinkSeconds: 8, maxAttempts: 4,
                              resetWhenStuck: 0.3, captchaFail: 0.12, codeWrong: 0.1, patienceSeconds: 120)
        case .impatient:
            // Under a second between tries: Keycloak's quick-login check catches some of them.
            ProfileParameters(firstWrong: 0.08, retryWrong: 0.4, oldPasswordShare: 0.1, thinkSeconds: 1.2, maxAttempts: 6,
                              resetWhenStuck: 0.2, captchaFail: 0.1, codeWrong: 0.05, patienceSeconds: 40)
        }
    }

    /// All four, by `Profile.rawValue`.
    static let all = Profile.allCases.map(of)
}
