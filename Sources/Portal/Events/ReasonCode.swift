/// Why it happened: the true reason, kept in the event log even when the person was shown a
/// deliberately vague message. Stored as the raw value.
public enum ReasonCode: String, CaseIterable, Sendable {
    case ok
    // Login refusals.
    case unknownUser = "unknown-user"
    case wrongPassword = "wrong-password"
    case lockedTemporary = "locked-temporary"
    case lockedPermanent = "locked-permanent"
    case captchaFailed = "captcha-failed"
    case captchaUnavailable = "captcha-unavailable"
    case accountSuspended = "account-suspended"
    case accountDisabled = "account-disabled"
    case unverifiedIdentity = "unverified-identity"
    case verificationPending = "verification-pending"
    case verificationRejected = "verification-rejected"
    case maintenance
    case serviceOutage = "service-outage"
    // Locks.
    case lockoutTemporary = "lockout-temporary"
    case lockoutQuickLogin = "lockout-quick-login"
    case lockoutPermanent = "lockout-permanent"
    case resetCompleted = "reset-completed"
    // One-time passwords.
    case secondFactorEnrolled = "second-factor-enrolled"
    case firstLogin = "first-login"
    case afterReset = "after-reset"
    case unfamiliarDevice = "unfamiliar-device"
    case gatewayUnavailable = "gateway-unavailable"
    case resendLimit = "resend-limit"
    case otpWrong = "otp-wrong"
    case otpExpired = "otp-expired"
    case otpExhausted = "otp-exhausted"
    case otpMissing = "otp-missing"
    // Sessions.
    case logout
    // Password resets.
    case unknownAccount = "unknown-account"
    case noPhoneOnFile = "no-phone-on-file"
    case rateLimited = "rate-limited"
    case tokenWrong = "token-wrong"
    case tokenExpired = "token-expired"
    case tokenUsed = "token-used"
    case tokenExhausted = "token-exhausted"
    case passwordRefused = "password-refused"
    // The desk.
    case manual
}
