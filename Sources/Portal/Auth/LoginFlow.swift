/// The login rules, in the order the portal applies them. One implementation for the desk's
/// `apoa login` and for every simulated person; only the secret checks are the caller's.
///
/// `submitPassword`, the login page:
/// 1. `auth` down → refused (`maintenance` or `service-outage`); nothing counted.
/// 2. CAPTCHA asked (policy) and `captcha` down → `captcha-unavailable`; answered wrong → `captcha-failed`. Not counted.
/// 3. No such account → `unknown-user`, counted nowhere.
/// 4. Locked → `locked-temporary` / `locked-permanent`, not counted; the password is not even checked.
/// 5. Wrong password → `wrong-password`, counted by the lockout rule (which may lock).
/// 6. Suspended or disabled → refused; identity not verified → refused. (After the password, so
///    these say more than "invalid username or password" only to someone who knows it.)
/// 7. A second factor due (enrolled, or a step-up the policy asks for) → a code is sent, or a
///    typed code is checked; a wrong code counts as a failure, as in Keycloak.
/// 8. Logged in: failures cleared, the device and address become familiar, a session starts.
///
/// `submitCode` is the second page of a two-page login: the code for the challenge step 7 sent.
public struct LoginFlow: Sendable {
    public let policy: PortalPolicy

    /// The flow under `policy`.
    public init(policy: PortalPolicy) {
        self.policy = policy
    }

    /// Handles the login page. `record` is nil when the identifier matches no account.
    /// `passwordMatches` is asked at most once, and only at step 5; `codeMatches` only when a
    /// typed code meets a live challenge.
    public func submitPassword<R: EventRecorder>(
        _ attempt: LoginAttempt, to record: inout AuthRecord?, conditions: PlatformConditions,
        passwordMatches: () -> Bool, codeMatches: () -> Bool, events: inout R
    ) -> LoginOutcome {
        let now = attempt.at
        func refuse(_ reason: ReasonCode, component: Component? = nil, detail: String? = nil) -> LoginOutcome {
            events.record(Event(at: now, account: record?.account, kind: .loginFailed, reason: reason,
                                ip: attempt.ip, device: attempt.device, component: component, detail: detail))
            return .refused(reason)
        }

        // 1.
        if let status = conditions.outage(of: .auth) {
            return refuse(status.refusalReason, component: .auth)
        }
        // 2.
        if policy.captcha.isRequired(failures: record?.bruteForce.failures) {
            if conditions.outage(of: .captcha) != nil { return refuse(.captchaUnavailable, component: .captcha) }
            if attempt.captcha == .fail { return refuse(.captchaFailed) }
        }
        // 3.
        guard var current = record else {
            return refuse(.unknownUser, detail: "identifier=\(attempt.identifier)")
        }
        defer { record = current }
        // 4.
        switch current.bruteForce.lock(at: now) {
        case .permanent: return refuse(.lockedPermanent)
        case .temporary: return refuse(.lockedTemporary)
        case .none: break
        }
        // 5.
        guard passwordMatches() else {
            events.record(Event(at: now, account: current.account, kind: .loginFailed, reason: .wrongPassword,
                                ip: attempt.ip, device: attempt.device))
            countFailure(of: &current, at: now, ip: attempt.ip, device: attempt.device, events: &events)
            return .refused(.wrongPassword)
        }
        // 6.
        switch current.status {
        case .active: break
        case .suspended: return refuse(.accountSuspended)
        case .disabled: return refuse(.accountDisabled)
        }
        switch current.verification {
        case .verified: break
        case .unverified: return refuse(.unverifiedIdentity)
        case .pending: return refuse(.verificationPending)
        case .rejected: return refuse(.verificationRejected)
        }
        // 7.
        if let why = secondFactorReason(for: current, device: attempt.device) {
            if attempt.hasCode {
                return checkCode(attempt, record: &current, codeMatches: codeMatches, events: &events)
            }
            return sendCode(attempt, why: why, record: &current, conditions: conditions, events: &events)
        }
        // 8.
        return logIn(attempt, record: &current, events: &events)
    }

    /// Handles the code page of a login whose password step sent a code.
    public func submitCode<R: EventRecorder>(
        _ attempt: LoginAttempt, to record: inout AuthRecord, conditions: PlatformConditions,
        codeMatches: () -> Bool, events: inout R
    ) -> LoginOutcome {
        if let status = conditions.outage(of: .auth) {
            events.record(Event(at: attempt.at, account: record.account, kind: .loginFailed, reason: status.refusalReason,
                                ip: attempt.ip, device: attempt.device, component: .auth))
            return .refused(status.refusalReason)
        }
        if record.bruteForce.isLocked(at: attempt.at) {
            let reason: ReasonCode = record.bruteForce.isPermanentlyLocked ? .lockedPermanent : .lockedTemporary
            events.record(Event(at: attempt.at, account: record.account, kind: .loginFailed, reason: reason,
                                ip: attempt.ip, device: attempt.device))
            return .refused(reason)
        }
        return checkCode(attempt, record: &record, codeMatches: codeMatches, events: &events)
    }

    /// Why this login needs a code, or nil when it does not.
    public func secondFactorReason(for record: AuthRecord, device: String?) -> ReasonCode? {
        if record.secondFactor != .none { return .secondFactorEnrolled }
        let stepUp = policy.otp.stepUp
        if stepUp.contains(.afterReset), record.isStepUpDue { return .afterReset }
        if stepUp.contains(.firstLogin), record.lastLoginAt == nil { return .firstLogin }
        if stepUp.contains(.unfamiliarDevice), !record.familiar.knows(device: device) { return .unfamiliarDevice }
        return nil
    }

    private func sendCode<R: EventRecorder>(
        _ attempt: LoginAttempt, why: ReasonCode, record: inout AuthRecord,
        conditions: PlatformConditions, events: inout R
    ) -> LoginOutcome {
        let now = attempt.at
        // Codes go to the enrolled channel; a step-up for someone without one goes by e-mail.
        let channel = record.secondFactor.channel ?? .email
        let isDelivered = conditions.outage(of: channel.gateway) == nil
        var isResend = false
        if var challenge = record.challenge, challenge.device == attempt.device, challenge.channel == channel,
           challenge.state(at: now, policy: policy.otp) == .live {
            guard challenge.resend(at: now, isDelivered: isDelivered, policy: policy.otp) else {
                events.record(Event(at: now, account: record.account, kind: .otpRefused, reason: .resendLimit,
                                    ip: attempt.ip, device: attempt.device, channel: channel))
                return .refused(.resendLimit)
            }
            record.challenge = challenge
            isResend = true
        } else {
            record.challenge = OTPChallenge(channel: channel, reason: why, device: attempt.device, at: now,
                                            isDelivered: isDelivered, policy: policy.otp)
        }
        events.record(Event(at: now, account: record.account, kind: .otpSent,
                            reason: isDelivered ? why : .gatewayUnavailable, ip: attempt.ip, device: attempt.device,
                            channel: channel, component: isDelivered ? nil : channel.gateway,
                            detail: isResend ? "resend=\(record.challenge?.resends ?? 0)" : nil))
        return .codeSent(channel: channel, isDelivered: isDelivered, isResend: isResend)
    }

    private func checkCode<R: EventRecorder>(
        _ attempt: LoginAttempt, record: inout AuthRecord, codeMatches: () -> Bool, events: inout R
    ) -> LoginOutcome {
        let now = attempt.at
        func failed(_ reason: ReasonCode, triesLeft: Int) -> LoginOutcome {
            events.record(Event(at: now, account: record.account, kind: .otpFailed, reason: reason,
                                ip: attempt.ip, device: attempt.device, channel: record.challenge?.channel))
            return .codeRejected(reason, triesLeft: triesLeft)
        }
        // A code is good only on the device its login came from.
        guard var challenge = record.challenge, challenge.device == attempt.device else {
            return failed(.otpMissing, triesLeft: 0)
        }
        let check = challenge.check(at: now, policy: policy.otp, matches: codeMatches)
        record.challenge = challenge
        switch check {
        case .accepted:
            events.record(Event(at: now, account: record.account, kind: .otpVerified, reason: challenge.reason,
                                ip: attempt.ip, device: attempt.device, channel: challenge.channel))
            return logIn(attempt, record: &record, events: &events)
        case .wrong(let triesLeft):
            let outcome = failed(.otpWrong, triesLeft: triesLeft)
            countFailure(of: &record, at: now, ip: attempt.ip, device: attempt.device, events: &events)
            return outcome
        case .refused(.expired): return failed(.otpExpired, triesLeft: 0)
        case .refused(.exhausted): return failed(.otpExhausted, triesLeft: 0)
        case .refused: return failed(.otpMissing, triesLeft: 0)
        }
    }

    private func countFailure<R: EventRecorder>(
        of record: inout AuthRecord, at now: Instant, ip: IPAddress?, device: String?, events: inout R
    ) {
        guard let change = record.bruteForce.recordFailure(at: now, from: ip, policy: policy.bruteForce) else { return }
        let failures = record.bruteForce.failures
        let lockouts = record.bruteForce.temporaryLockouts
        switch change {
        case .temporary(let until, let isQuickLogin):
            events.record(Event(at: now, account: record.account, kind: .accountLocked,
                                reason: isQuickLogin ? .lockoutQuickLogin : .lockoutTemporary, ip: ip, device: device,
                                detail: "until=\(until.millisecondsSince1970) failures=\(failures) lockouts=\(lockouts)"))
        case .permanent:
            events.record(Event(at: now, account: record.account, kind: .accountLocked, reason: .lockoutPermanent,
                                ip: ip, device: device, detail: "failures=\(failures) lockouts=\(lockouts)"))
        }
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
                            ip: attempt.ip, device: attempt.device))
        return .loggedIn
    }
}
