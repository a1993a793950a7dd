/// The password rules the desk and the change-password page add to resets.
///
/// - **A temporary password** from the desk works like a completed reset — every session ends,
///   the failure count and a temporary lock are cleared (a permanent one stays for `unlock`), a
///   code is asked at the next login — and the person must choose their own password before
///   any login succeeds (`mustChangePassword`; login refuses with `must-change-password`).
/// - **Changing the password** on the change-password page needs the current one. A wrong
///   current password is a failed login, counted by the lockout rule like any other, so the
///   page cannot be used to guess.
public struct PasswordChange: Sendable {
    /// The settings the rules read.
    public let policy: PortalPolicy

    /// The rules under `policy`.
    public init(policy: PortalPolicy) {
        self.policy = policy
    }

    /// The desk set a temporary password at `now`: ends `sessions`, clears a temporary lock and
    /// forces a change at the next login. The caller stores the new hash.
    public func setTemporary<R: EventRecorder>(record: inout AuthRecord, sessions: inout [Session], at now: Instant,
                                               events: inout R) {
        events.record(Event(at: now, account: record.account, kind: .passwordChanged, reason: .temporaryPassword))
        PasswordReset(policy: policy).passwordWasSet(record: &record, sessions: &sessions, at: now, ip: nil,
                                                     because: .temporaryPassword, events: &events)
        record.mustChangePassword = true
    }

    /// The desk sent a reset link or code: the account may be in someone else's hands, so
    /// every session ends now rather than when the person uses the link.
    public func endSessionsForDeskReset<R: EventRecorder>(sessions: inout [Session], at now: Instant, events: inout R) {
        for i in sessions.indices {
            sessions[i].end(at: now, reason: .deskReset, policy: policy.session, events: &events)
        }
    }

    /// What the change-password page did.
    public enum Outcome: Equatable, Sendable {
        /// The new password is set (the caller stores its hash).
        case changed
        /// Nothing changed, for `reason`: an outage, a lock, the account's status, a wrong
        /// current password (counted), or a new password the policy refuses (`password-refused`).
        case refused(ReasonCode)
    }

    /// Changes the password of `record`'s account at `attempt.at`, given whether the current
    /// password matched and what the password policy said of the new one.
    public func change<R: EventRecorder>(
        _ attempt: LoginAttempt, record: inout AuthRecord, conditions: PlatformConditions, currentMatches: () -> Bool,
        newPasswordProblem: PasswordProblem?, events: inout R
    ) -> Outcome {
        let now = attempt.at
        func refuse(_ reason: ReasonCode, component: Component? = nil) -> Outcome {
            events.record(Event(at: now, account: record.account, kind: .loginFailed, reason: reason, ip: attempt.ip,
                                device: attempt.device, component: component))
            return .refused(reason)
        }
        if let status = conditions.outage(of: .auth) { return refuse(status.refusalReason, component: .auth) }
        switch record.bruteForce.lock(at: now) {
        case .permanent: return refuse(.lockedPermanent)
        case .temporary: return refuse(.lockedTemporary)
        case .none: break
        }
        let flow = LoginFlow(policy: policy)
        guard currentMatches() else {
            flow.countFailure(of: &record, reason: .wrongPassword, kind: .loginFailed, attempt, events: &events)
            return .refused(.wrongPassword)
        }
        if let refusal = flow.statusRefusal(record) { return refuse(refusal) }
        // The new password is checked last: only someone who knows the current one learns why it was refused.
        guard newPasswordProblem == nil else { return .refused(.passwordRefused) }
        events.record(Event(at: now, account: record.account, kind: .passwordChanged,
                            reason: record.mustChangePassword ? .mustChangePassword : .ok, ip: attempt.ip, device: attempt.device))
        record.mustChangePassword = false
        record.bruteForce.clear()
        return .changed
    }
}
