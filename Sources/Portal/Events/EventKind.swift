/// What happened. Stored in the event log's `kind` column as the raw value.
public enum EventKind: String, CaseIterable, Sendable {
    case accountCreated = "account-created"
    /// A login attempt the portal answered with "no"; `reason` says why.
    case loginFailed = "login-failed"
    case loginSucceeded = "login-succeeded"
    /// The brute-force rule locked the account; `reason` says which lock, `detail` until when.
    case accountLocked = "account-locked"
    /// A lock or failure count was cleared by something other than a successful login.
    case lockCleared = "lock-cleared"
    case otpSent = "otp-sent"
    case otpRefused = "otp-refused"
    case otpVerified = "otp-verified"
    case otpFailed = "otp-failed"
    case sessionStarted = "session-started"
    case sessionEnded = "session-ended"
    case resetRequested = "reset-requested"
    case resetCompleted = "reset-completed"
    case resetFailed = "reset-failed"
    case clockAdvanced = "clock-advanced"
}
