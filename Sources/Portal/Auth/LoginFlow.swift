/// The login rules, in the order the portal applies them. One implementation for the desk's
/// `apoa login` and for every simulated person; only the secret checks are the caller's.
///
/// `submitPassword`, the login page:
/// 1. `auth` down → refused (`maintenance` or `service-outage`); nothing counted.
/// 2. The address is turned away (`throttle`) → `source-throttled`; nothing counted.
/// 3. CAPTCHA asked (always, or after failures from the address) and `captcha` down →
///    `captcha-unavailable`; answered wrong → `captcha-failed`. Not counted.
/// 4. No such account → `unknown-user`, counted against the address only.
/// 5. Locked → `locked-temporary` / `locked-permanent`, counted against the address only; the
///    password is not even checked.
/// 6. Wrong password → `wrong-password`, counted by the lockout rule (which may lock) and
///    against the address.
/// 7. Suspended or disabled → refused; identity not verified → refused. (After the password, so
///    these say more than "invalid username or password" only to someone who knows it.)
/// 8. A second factor due (enrolled, or a step-up the policy asks for) → a code is sent, or a
///    typed code is checked; a wrong code counts as a failure, as in Keycloak.
/// 9. Logged in: failures cleared, the device and address become familiar.
///
/// Steps 4 to 6 look the same from outside, and so do the address counts behind the CAPTCHA
/// and throttle: nothing the page does depends on whether the account exists.
///
/// `submitCode` is the second page of a two-page login: the code for the challenge step 8 sent.
public struct LoginFlow: Sendable {
    /// The rule settings.
    public var policy: PortalPolicy { settings.policy }

    private let settings: Settings

    /// The policy, and the step-ups it asks for as flags, behind one reference. The simulator
    /// keeps its flow in a class, and calling a rule copied the whole flow out of it (216 bytes,
    /// and a retain and release of the step-up list) on every login; the flags spare a search
    /// of that list on every login that gets past the password.
    final class Settings: Sendable {
        let policy: PortalPolicy
        let stepsUpAfterReset: Bool
        let stepsUpFirstLogin: Bool
        let stepsUpUnfamiliarDevice: Bool

        init(policy: PortalPolicy) {
            self.policy = policy
            stepsUpAfterReset = policy.otp.stepUp.contains(.afterReset)
            stepsUpFirstLogin = policy.otp.stepUp.contains(.firstLogin)
            stepsUpUnfamiliarDevice = policy.otp.stepUp.contains(.unfamiliarDevice)
        }
    }

    /// The flow under `policy`.
    public init(policy: PortalPolicy) {
        settings = Settings(policy: policy)
    }

    /// Handles the login page. `record` is nil when the identifier matches no account; `source`
    /// is the record of the login's address (nil when it has none). `passwordMatches` is asked
    /// at most once, and only at step 6; `codeMatches` only when a typed code meets a live challenge.
    public func submitPassword<R: EventRecorder>(
        _ attempt: LoginAttempt, to record: inout AuthRecord?, from source: inout SourceRecord?,
        conditions: PlatformConditions, passwordMatches: () -> Bool, codeMatches: () -> Bool, events: inout R
    ) -> LoginOutcome {
        // 1. to 3.
        if let refusal = pageRefusal(attempt, account: record?.account, source: source, conditions: conditions,
                                     events: &events) {
            return refusal
        }
        // 4. The record is moved out and back rather than copied: a simulated run does this
        // millions of times.
        guard var current = record.take() else {
            events.record(Event(at: attempt.at, account: nil, kind: .loginFailed, reason: .unknownUser, ip: attempt.ip,
                                device: attempt.device, detail: .identifier(attempt.identifier)))
            countAgainstSource(&source, attempt, events: &events)
            return .refused(.unknownUser)
        }
        defer { record = current }
        return checkKnownAccount(attempt, record: &current, source: &source, passwordMatches: passwordMatches,
                                 codeMatches: codeMatches, conditions: conditions, events: &events)
    }

    /// `submitPassword` for an identifier that names an account: the same rules, without the
    /// optional record moved in and out (a simulated run does this millions of times).
    public func submitPassword<R: EventRecorder>(
        _ attempt: LoginAttempt, toKnown record: inout AuthRecord, from source: inout SourceRecord?,
        conditions: PlatformConditions, passwordMatches: () -> Bool, codeMatches: () -> Bool, events: inout R
    ) -> LoginOutcome {
        // 1. to 3.
        if let refusal = pageRefusal(attempt, account: record.account, source: source, conditions: conditions,
                                     events: &events) {
            return refusal
        }
        return checkKnownAccount(attempt, record: &record, source: &source, passwordMatches: passwordMatches,
                                 codeMatches: codeMatches, conditions: conditions, events: &events)
    }

    /// Steps 1 to 3 of `submitPassword`, which do not depend on the account: the refusal, or
    /// nil when the login goes on.
    private func pageRefusal<R: EventRecorder>(
        _ attempt: LoginAttempt, account: AccountID?, source: SourceRecord?, conditions: PlatformConditions,
        events: inout R
    ) -> LoginOutcome? {
        let now = attempt.at
        func refuse(_ reason: ReasonCode, component: Component? = nil) -> LoginOutcome {
            events.record(Event(at: now, account: account, kind: .loginFailed, reason: reason,
                                ip: attempt.ip, device: attempt.device, component: component))
            return .refused(reason)
        }

        // 1.
        if let status = conditions.outage(of: .auth) {
            return refuse(status.refusalReason, component: .auth)
        }
        // 2.
        if source?.isBlocked(at: now) == true { return refuse(.sourceThrottled) }
        // 3.
        if policy.captcha.isRequired(sourceFailures: source?.failures(at: now, policy: policy.throttle) ?? 0) {
            if conditions.outage(of: .captcha) != nil { return refuse(.captchaUnavailable, component: .captcha) }
            if attempt.captcha == .fail { return refuse(.captchaFailed) }
        }
        return nil
    }

    /// Steps 5 to 9 of `submitPassword`, for an account that exists.
    private func checkKnownAccount<R: EventRecorder>(
        _ attempt: LoginAttempt, record current: inout AuthRecord, source: inout SourceRecord?,
        passwordMatches: () -> Bool, codeMatches: () -> Bool, conditions: PlatformConditions, events: inout R
    ) -> LoginOutcome {
        func refuse(_ reason: ReasonCode) -> LoginOutcome {
            events.record(Event(at: attempt.at, account: current.account, kind: .loginFailed, reason: reason,
                                ip: attempt.ip, device: attempt.device))
            return .refused(reason)
        }
        // 5.
        switch current.bruteForce.lock(at: attempt.at) {
        case .permanent:
            countAgainstSource(&source, attempt, events: &events)
            return refuse(.lockedPermanent)
        case .temporary:
            countAgainstSource(&source, attempt, events: &events)
            return refuse(.lockedTemporary)
        case .none: break
        }
        // 6.
        guard passwordMatches() else {
            countFailure(of: &current, reason: .wrongPassword, kind: .loginFailed, attempt, events: &events)
            countAgainstSource(&source, attempt, events: &events)
            return .refused(.wrongPassword)
        }
        // 7.
        if let refusal = statusRefusal(current) { return refuse(refusal) }
        // 7a. A temporary password from the desk opens only the change-password page
        // (`PasswordChange`); the count is left alone, since the password was right.
        if current.mustChangePassword { return refuse(.mustChangePassword) }
        // 8.
        if let why = secondFactorReason(for: current, device: attempt.device) {
            if attempt.hasCode {
                return checkCode(attempt, record: &current, source: &source, codeMatches: codeMatches, events: &events)
            }
            return sendCode(attempt, why: why, record: &current, conditions: conditions, events: &events)
        }
        // 9.
        return logIn(attempt, record: &current, events: &events)
    }

    /// Handles the code page of a login whose password step sent a code. The account may have
    /// been locked, suspended or unverified since, so those are checked again.
    public func submitCode<R: EventRecorder>(
        _ attempt: LoginAttempt, to record: inout AuthRecord, from source: inout SourceRecord?,
        conditions: PlatformConditions, codeMatches: () -> Bool, events: inout R
    ) -> LoginOutcome {
        func refuse(_ reason: ReasonCode, component: Component? = nil) -> LoginOutcome {
            events.record(Event(at: attempt.at, account: record.account, kind: .loginFailed, reason: reason,
                                ip: attempt.ip, device: attempt.device, component: component))
            return .refused(reason)
        }
        if let status = conditions.outage(of: .auth) { return refuse(status.refusalReason, component: .auth) }
        if source?.isBlocked(at: attempt.at) == true { return refuse(.sourceThrottled) }
        switch record.bruteForce.lock(at: attempt.at) {
        case .permanent: return refuse(.lockedPermanent)
        case .temporary: return refuse(.lockedTemporary)
        case .none: break
        }
        if let refusal = statusRefusal(record) { return refuse(refusal) }
        return checkCode(attempt, record: &record, source: &source, codeMatches: codeMatches, events: &events)
    }

    /// Why this login needs a code, or nil when it does not.
    @inline(__always)
    public func secondFactorReason(for record: AuthRecord, device: DeviceLabel?) -> ReasonCode? {
        if record.secondFactor != .none { return .secondFactorEnrolled }
        if settings.stepsUpAfterReset, record.isStepUpDue { return .afterReset }
        if settings.stepsUpFirstLogin, record.lastLoginAt == nil { return .firstLogin }
        if settings.stepsUpUnfamiliarDevice, !record.familiar.knows(device: device) { return .unfamiliarDevice }
        return nil
    }

    /// A typed identifier as the log keeps it: control characters and spaces escaped, then at
    /// most 64 characters and 64 bytes of UTF-8 (and `…` when cut), so no one can forge log
    /// lines or fill the log through the username field, and `detail` stays a list of
    /// `key=value` words. (The byte bound lets the event hold it inline; it cuts only text
    /// beyond ASCII, which no username and few e-mail addresses have.)
    ///
    /// Nothing typed (every simulated login of a known person) is answered inline, without the
    /// escaping's work.
    @inlinable
    public static func loggable(_ identifier: String) -> LoggedText {
        identifier.isEmpty ? LoggedText() : escapedLoggable(identifier)
    }

    @usableFromInline
    static func escapedLoggable(_ identifier: String) -> LoggedText {
        let escaped = identifier.unicodeScalars.map { scalar -> String in
            scalar.properties.generalCategory == .control || scalar == " "
                ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
        guard escaped.count > 64 || escaped.utf8.count > 64 else { return LoggedText(prefixOf: escaped) }
        var kept = 0
        let cut = escaped.prefix { character in
            kept += character.utf8.count
            return kept <= 64
        }.prefix(64)
        return LoggedText(prefixOf: cut + "…")
    }

    @inline(__always)
    func statusRefusal(_ record: AuthRecord) -> ReasonCode? {
        switch record.status {
        case .active: break
        case .suspended: return .accountSuspended
        case .disabled: return .accountDisabled
        }
        switch record.verification {
        case .verified: return nil
        case .unverified: return .unverifiedIdentity
        case .pending: return .verificationPending
        case .rejected: return .verificationRejected
        }
    }

    private func sendCode<R: EventRecorder>(
        _ attempt: LoginAttempt, why: ReasonCode, record: inout AuthRecord,
        conditions: PlatformConditions, events: inout R
    ) -> LoginOutcome {
        let now = attempt.at
        // Codes go to the enrolled channel; a step-up for someone without one goes by e-mail.
        let channel = record.secondFactor.channel ?? .email
        let isDelivered = conditions.outage(of: channel.gateway) == nil
        // A resend is a new code for the same login: same device, channel, still live. Anything
        // else starts a new challenge, replacing one pending elsewhere (one login at a time).
        let isResend = record.challenge.map {
            $0.device == attempt.device && $0.channel == channel && $0.state(at: now, policy: policy.otp) == .live
        } ?? false
        if isResend {
            // Changed where it lies (optional chaining mutates in place): copying the challenge
            // out and back was two copies of it per resend.
            guard record.challenge?.resend(at: now, isDelivered: isDelivered, policy: policy.otp) == true else {
                events.record(Event(at: now, account: record.account, kind: .otpRefused, reason: .resendLimit,
                                    ip: attempt.ip, device: attempt.device, channel: channel))
                return .refused(.resendLimit)
            }
        } else {
            record.challenge = OTPChallenge(channel: channel, reason: why, device: attempt.device, at: now,
                                            isDelivered: isDelivered, policy: policy.otp)
        }
        events.record(Event(at: now, account: record.account, kind: .otpSent,
                            reason: isDelivered ? why : .gatewayUnavailable, ip: attempt.ip, device: attempt.device,
                            channel: channel, component: isDelivered ? nil : channel.gateway,
                            detail: isResend ? .resend(record.challenge?.resends ?? 0) : nil))
        return .codeSent(channel: channel, isDelivered: isDelivered, isResend: isResend)
    }

    private func checkCode<R: EventRecorder>(
        _ attempt: LoginAttempt, record: inout AuthRecord, source: inout SourceRecord?, codeMatches: () -> Bool,
        events: inout R
    ) -> LoginOutcome {
        let now = attempt.at
        func failed(_ reason: ReasonCode, triesLeft: Int = 0, detail: EventDetail? = nil) -> LoginOutcome {
            events.record(Event(at: now, account: record.account, kind: .otpFailed, reason: reason,
                                ip: attempt.ip, device: attempt.device, channel: record.challenge?.channel, detail: detail))
            return .codeRejected(reason, triesLeft: triesLeft)
        }
        guard let challenge = record.challenge else { return failed(.otpMissing) }
        // A code is good only on the device its login came from.
        guard challenge.device == attempt.device else {
            return failed(.otpWrongDevice, detail: challenge.device.map { .expectedDevice($0) })
        }
        let channel = challenge.channel, reason = challenge.reason
        // Checked where it lies (optional chaining mutates in place): copying the challenge out
        // and back was two copies of it per code typed. (Never nil here: the guard above.)
        guard let check = record.challenge?.check(at: now, policy: policy.otp, matches: codeMatches) else {
            return failed(.otpMissing)
        }
        switch check {
        case .accepted:
            events.record(Event(at: now, account: record.account, kind: .otpVerified, reason: reason,
                                ip: attempt.ip, device: attempt.device, channel: channel))
            return logIn(attempt, record: &record, events: &events)
        case .wrong(let triesLeft):
            countFailure(of: &record, reason: .otpWrong, kind: .otpFailed, attempt, channel: channel,
                         events: &events)
            countAgainstSource(&source, attempt, events: &events)
            return .codeRejected(.otpWrong, triesLeft: triesLeft)
        case .refused(.expired): return failed(.otpExpired)
        case .refused(.exhausted): return failed(.otpExhausted)
        case .refused: return failed(.otpMissing)
        }
    }

    /// Logs a failure of the account and counts it by the lockout rule. The event carries the
    /// count after it (`failures=N`) and `reset=1` when the quiet time before it cleared an
    /// older count, so a diagnosis can follow the count from the log alone.
    func countFailure<R: EventRecorder>(
        of record: inout AuthRecord, reason: ReasonCode, kind: EventKind, _ attempt: LoginAttempt,
        channel: Channel? = nil, events: inout R
    ) {
        let now = attempt.at
        let before = record.bruteForce.failures
        let change = record.bruteForce.recordFailure(at: now, from: attempt.ip, policy: policy.bruteForce)
        let failures = record.bruteForce.failures
        let detail: EventDetail? = policy.bruteForce.mode == .off ? nil : .failures(failures, reset: before > 0 && failures == 1)
        events.record(Event(at: now, account: record.account, kind: kind, reason: reason, ip: attempt.ip,
                            device: attempt.device, channel: channel, detail: detail))
        guard let change else { return }
        let lockouts = record.bruteForce.temporaryLockouts
        switch change {
        case .temporary(let until, let isQuickLogin):
            events.record(Event(at: now, account: record.account, kind: .accountLocked,
                                reason: isQuickLogin ? .lockoutQuickLogin : .lockoutTemporary, ip: attempt.ip,
                                device: attempt.device,
                                detail: .lock(until: until, failures: failures, lockouts: lockouts)))
        case .permanent:
            events.record(Event(at: now, account: record.account, kind: .accountLocked, reason: .lockoutPermanent,
                                ip: attempt.ip, device: attempt.device, detail: .lock(until: nil, failures: failures, lockouts: lockouts)))
        }
    }

    /// Counts a failure against the login's address, and logs it when that turns the address away.
    private func countAgainstSource<R: EventRecorder>(
        _ source: inout SourceRecord?, _ attempt: LoginAttempt, events: inout R
    ) {
        guard var record = source else { return }
        if record.recordFailure(at: attempt.at, policy: policy.throttle) {
            events.record(Event(at: attempt.at, account: nil, kind: .sourceBlocked, reason: .sourceThrottled, ip: attempt.ip,
                                detail: .sourceBlock(until: record.blockedUntil ?? attempt.at, failures: record.failures)))
        }
        source = record
    }

    private func logIn<R: EventRecorder>(_ attempt: LoginAttempt, record: inout AuthRecord, events: inout R) -> LoginOutcome {
        let now = attempt.at
        let isFirst = record.lastLoginAt == nil
        record.bruteForce.clear()
        record.challenge = nil
        record.isStepUpDue = false
        record.lastLoginAt = now
        record.familiar.remember(ip: attempt.ip, device: attempt.device)
        events.record(Event(at: now, account: record.account, kind: .loginSucceeded, reason: isFirst ? .firstLogin : .ok,
                            ip: attempt.ip, device: attempt.device, detail: attempt.sessionID.map { .session($0) }))
        return .loggedIn
    }
}
