/// Why it happened: the true reason, kept in the event log even when the person was shown a
/// deliberately vague message. Stored as the raw value.
public enum ReasonCode: String, CaseIterable, Sendable {
    case ok
    // Login refusals.
    /// At login: no account matches the identifier typed.
    case unknownUser = "unknown-user"
    case wrongPassword = "wrong-password"
    /// Refused because a temporary lock was already in force; not counted against the account.
    case lockedTemporary = "locked-temporary"
    /// Refused because the account is locked until someone at the desk unlocks it.
    case lockedPermanent = "locked-permanent"
    case captchaFailed = "captcha-failed"
    /// A CAPTCHA was due but the `captcha` component was down.
    case captchaUnavailable = "captcha-unavailable"
    case accountSuspended = "account-suspended"
    case accountDisabled = "account-disabled"
    case unverifiedIdentity = "unverified-identity"
    case verificationPending = "verification-pending"
    case verificationRejected = "verification-rejected"
    /// A component the request needed was under maintenance.
    case maintenance
    /// A component the request needed was down (partial or major outage).
    case serviceOutage = "service-outage"
    /// The login's address is turned away after too many failures (`throttle`).
    case sourceThrottled = "source-throttled"
    // Locks.
    /// This failure locked the account for a while (`account-locked`).
    case lockoutTemporary = "lockout-temporary"
    /// This failure came too soon after the previous one: a short quick-login lock.
    case lockoutQuickLogin = "lockout-quick-login"
    /// This failure locked the account until someone at the desk unlocks it.
    case lockoutPermanent = "lockout-permanent"
    /// A completed password reset, which ends sessions and clears a temporary lock.
    case resetCompleted = "reset-completed"
    // One-time passwords.
    /// A code was asked for because the account has a second factor.
    case secondFactorEnrolled = "second-factor-enrolled"
    /// A code was asked for because the account never logged in; also the reason of its first `login-succeeded`.
    case firstLogin = "first-login"
    /// A code was asked for because the password was reset since the last login.
    case afterReset = "after-reset"
    /// A code was asked for because the login came from a device not seen before.
    case unfamiliarDevice = "unfamiliar-device"
    /// The SMS or e-mail gateway was down: the message was not delivered.
    case gatewayUnavailable = "gateway-unavailable"
    /// No more codes for this login: the policy's resend limit was reached.
    case resendLimit = "resend-limit"
    case otpWrong = "otp-wrong"
    case otpExpired = "otp-expired"
    /// Too many wrong codes: the challenge takes no more.
    case otpExhausted = "otp-exhausted"
    /// A code was typed but none is outstanding (never sent, or already used).
    case otpMissing = "otp-missing"
    /// A code typed on another device than the one its login came from.
    case otpWrongDevice = "otp-wrong-device"
    // Sessions.
    case logout
    // Password resets.
    /// At a reset request: no account matches the identifier.
    case unknownAccount = "unknown-account"
    /// A reset by SMS for an account with no phone number.
    case noPhoneOnFile = "no-phone-on-file"
    /// Too many reset requests for the account in the last hour.
    case rateLimited = "rate-limited"
    /// The secret submitted matches none of the account's reset tokens.
    case tokenWrong = "token-wrong"
    case tokenExpired = "token-expired"
    case tokenUsed = "token-used"
    /// Too many wrong tokens were tried while this one was outstanding.
    case tokenExhausted = "token-exhausted"
    /// The new password broke the password policy.
    case passwordRefused = "password-refused"
    // The desk.
    /// Done at the desk, not by the portal's rules (moving the clock).
    case manual
    /// A phishing site took the password.
    case phishing
    // Applications: moves (see `ApplicationWorkflow`).
    case submitted
    case reviewStarted = "review-started"
    case approved
    /// The officer rejected the application.
    case requirementsNotMet = "requirements-not-met"
    /// The officer asked for a further or better document.
    case documentsRequested = "documents-requested"
    /// A document failed a check after submission.
    case documentCheckFailed = "document-check-failed"
    case appointmentMissed = "appointment-missed"
    /// Everything asked for was fixed: back to `submitted`.
    case actionCompleted = "action-completed"
    /// Nothing fixed within the deadline after `needs-action`.
    case actionDeadlinePassed = "action-deadline-passed"
    case withdrawn
    // Applications: refusals.
    /// A move the workflow does not allow from the application's state, by that actor.
    case transitionNotAllowed = "transition-not-allowed"
    /// Approved, rejected or withdrawn: nothing more can be done to it.
    case applicationClosed = "application-closed"
    /// Submitted without a passed document of every required kind.
    case documentsIncomplete = "documents-incomplete"
    /// A citizen asking for a stay permit, a foreigner for a passport.
    case notEligible = "not-eligible"
    /// A document kind this application neither requires nor was asked for.
    case documentNotRequired = "document-not-required"
    /// Over the upload form's limit for any file.
    case uploadTooLarge = "upload-too-large"
    case officeFull = "office-full"
    case noAppointmentNeeded = "no-appointment-needed"
    case appointmentInPast = "appointment-in-past"
    // Applications: document checks.
    case wrongFormat = "wrong-format"
    /// Within the upload limit but over the kind's own.
    case tooLarge = "too-large"
    case unreadable
    /// A passport or permit valid for less than six more months.
    case documentExpired = "document-expired"
    // Profile.
    case emailChanged = "email-changed"
    case phoneChanged = "phone-changed"
    case languageChanged = "language-changed"
    /// An application or document kind the portal does not have (the text asked for is in `detail`).
    case unknownKind = "unknown-kind"
    /// A visit is already booked and still to come: one booking at a time.
    case alreadyBooked = "already-booked"
    /// Attendance recorded before the appointment's time.
    case appointmentNotDue = "appointment-not-due"
    /// `action-deadline-passed` asked for before the deadline (`ApplicationWorkflow.actionDeadline`).
    case deadlineNotReached = "deadline-not-reached"
    // The desk.
    /// Login with a temporary password from the desk: the person must choose their own first.
    case mustChangePassword = "must-change-password"
    /// The desk set a temporary password (sessions end, a temporary lock is cleared).
    case temporaryPassword = "temporary-password"
    /// The desk sent a reset link or code and ended the account's sessions.
    case deskReset = "desk-reset"
    // New cases go last: the run digest stores a reason as its case number.
    /// Someone at the desk cleared a lock (`apoa unlock`); the audit log says who and why.
    case deskUnlock = "desk-unlock"
}
