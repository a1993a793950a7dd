/// What happened. Stored in the event log's `kind` column as the raw value.
public enum EventKind: String, CaseIterable, Sendable {
    /// An account was registered; `detail` holds its kind and verification.
    case accountCreated = "account-created"
    /// A login attempt the portal answered with "no"; `reason` says why.
    case loginFailed = "login-failed"
    /// Logged in, which starts a session: `detail` holds `session=ID`; `reason` is
    /// `first-login` on the account's first.
    case loginSucceeded = "login-succeeded"
    /// The brute-force rule locked the account; `reason` says which lock, `detail` until when.
    case accountLocked = "account-locked"
    /// A lock or failure count was cleared by something other than a successful login.
    case lockCleared = "lock-cleared"
    /// Too many failures from one address: logins from it are turned away for a while.
    case sourceBlocked = "source-blocked"
    /// A one-time code went out; `reason` is why, or `gateway-unavailable` when it was not delivered.
    case otpSent = "otp-sent"
    /// A code was due but not sent (`resend-limit`).
    case otpRefused = "otp-refused"
    /// A right code was typed; `reason` is why it was asked for.
    case otpVerified = "otp-verified"
    /// A typed code was not accepted; `reason` says why.
    case otpFailed = "otp-failed"
    /// A session was ended explicitly (timeouts log nothing); `detail` holds `session=ID`.
    case sessionEnded = "session-ended"
    /// "Forgot password" was used; `reason` is `ok`, `gateway-unavailable` or why nothing was sent.
    case resetRequested = "reset-requested"
    /// A reset token was used and the password changed.
    case resetCompleted = "reset-completed"
    /// A reset token or new password was refused; `reason` says why.
    case resetFailed = "reset-failed"
    /// The desk moved the world clock forward; `detail` holds `from=` and `by=`.
    case clockAdvanced = "clock-advanced"
    /// A person contacted support; `detail` has the channel and category.
    case ticketOpened = "ticket-opened"
    /// A person gave their password to a phishing site (known to the simulation, as a security
    /// team learns of it from a takedown or the person's own report).
    case phishingVisit = "phishing-site-visited"
    // Applications (APOA); `detail` names the application, document or appointment.
    /// A draft application was opened.
    case applicationCreated = "application-created"
    /// An application step was refused (creating, submitting, a move the workflow forbids); nothing changed.
    case applicationRefused = "application-refused"
    /// An application moved; `reason` is why, `detail` has `from=`, `to=` and `by=`.
    case applicationStatusChanged = "application-status-changed"
    /// A document was stored; `reason` is `ok` or the check it failed.
    case documentUploaded = "document-uploaded"
    /// An upload was refused before it was stored; nothing changed.
    case documentRefused = "document-refused"
    case appointmentBooked = "appointment-booked"
    /// A booking was refused (`office-full`, ...); nothing changed.
    case appointmentRefused = "appointment-refused"
    case appointmentAttended = "appointment-attended"
    case appointmentMissed = "appointment-missed"
    /// The account's e-mail, phone or language changed; `reason` says which.
    case profileChanged = "profile-changed"
    /// The password was changed other than by a reset link: `reason` is `temporary-password`
    /// when the desk set one, `ok` when the person chose their own on the change-password page.
    case passwordChanged = "password-changed"
}
