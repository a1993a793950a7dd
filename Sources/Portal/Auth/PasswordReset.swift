/// The password-reset rules: asking for a link or code, and using it.
///
/// Our one rule on locks, since systems disagree: completing a reset clears the failure count
/// and a temporary lock (the person proved they own the mailbox or phone) and ends every
/// session; a permanent lock stays until someone at the desk unlocks the account.
public struct PasswordReset: Sendable {
    /// The settings the rules read: `reset`, `session` and `bruteForce`.
    public let policy: PortalPolicy

    /// The rules under `policy`.
    public init(policy: PortalPolicy) {
        self.policy = policy
    }

    /// What a reset request did. The person sees the same answer in every case.
    public enum RequestOutcome: Equatable, Sendable {
        /// A token should be made and sent on `channel` (undelivered when the gateway was down).
        case send(channel: Channel, isDelivered: Bool)
        /// Nothing is sent, for `reason` (`unknown-account`, `no-phone-on-file`, `rate-limited`).
        case nothing(ReasonCode)

        /// The answer shown whatever happened, so the form cannot tell who has an account.
        public var message: UserMessage {
            UserMessage(id: "Jika akun terdaftar, petunjuk pengaturan ulang kata sandi telah dikirim.",
                        en: "If an account exists, instructions to reset the password have been sent.")
        }
    }

    /// Handles "forgot password" for the account (nil when none matched), given the times of its
    /// requests in the last hour. `identifier`, what was typed (`LoginFlow.loggable`), is made
    /// only when no account matched, for the log.
    public func request<R: EventRecorder>(
        for account: Account?, identifier: @autoclosure () -> LoggedText, on channel: Channel, at now: Instant, ip: IPAddress?,
        recentRequests: [Instant], conditions: PlatformConditions, events: inout R
    ) -> RequestOutcome {
        guard let account else {
            events.record(Event(at: now, account: nil, kind: .resetRequested, reason: .unknownAccount, ip: ip,
                                channel: channel, detail: .identifier(identifier())))
            return .nothing(.unknownAccount)
        }
        return request(forAccount: account.id, hasAddress: account.address(on: channel) != nil, on: channel, at: now,
                       ip: ip, recentRequests: recentRequests, conditions: conditions, events: &events)
    }

    /// The same, for an account that exists, given only whether it has an address on `channel`:
    /// the simulator knows that without spelling out the person's whole account (names,
    /// addresses, document), which cost more than the rest of a reset.
    public func request<R: EventRecorder>(
        forAccount account: AccountID, hasAddress: Bool, on channel: Channel, at now: Instant, ip: IPAddress?,
        recentRequests: [Instant], conditions: PlatformConditions, events: inout R
    ) -> RequestOutcome {
        func nothing(_ reason: ReasonCode) -> RequestOutcome {
            events.record(Event(at: now, account: account, kind: .resetRequested, reason: reason, ip: ip, channel: channel))
            return .nothing(reason)
        }
        guard hasAddress else { return nothing(.noPhoneOnFile) }
        let lastHour = recentRequests.filter { $0 > now - .hours(1) && $0 <= now }
        guard lastHour.count < policy.reset.maxPerHour else { return nothing(.rateLimited) }
        let isDelivered = conditions.outage(of: channel.gateway) == nil
        events.record(Event(at: now, account: account, kind: .resetRequested,
                            reason: isDelivered ? .ok : .gatewayUnavailable, ip: ip, channel: channel,
                            component: isDelivered ? nil : channel.gateway))
        return .send(channel: channel, isDelivered: isDelivered)
    }

    /// What using a reset token did.
    public enum Completion: Equatable, Sendable {
        /// The password was changed (the caller stores the new hash).
        case completed(tokenID: Int64)
        /// Not changed, for `reason` (`token-wrong`, `token-expired`, `token-used`, `token-exhausted`, `password-refused`).
        case refused(ReasonCode)
    }

    /// Uses a token: `tokens` are the account's tokens, newest first; `matches` says whether the
    /// submitted secret is a given token's. `passwordProblem` is what the password policy said
    /// of the new password (nil when accepted). On success every other outstanding token dies,
    /// the sessions end and a temporary lock is cleared.
    public func complete<R: EventRecorder>(
        record: inout AuthRecord, tokens: inout [ResetToken], sessions: inout [Session],
        at now: Instant, ip: IPAddress?, passwordProblem: PasswordProblem?,
        matches: (ResetToken) -> Bool, events: inout R
    ) -> Completion {
        func failed(_ reason: ReasonCode, channel: Channel?) -> Completion {
            events.record(Event(at: now, account: record.account, kind: .resetFailed, reason: reason, ip: ip, channel: channel))
            return .refused(reason)
        }
        guard let index = tokens.firstIndex(where: matches) else {
            // A wrong token costs every live one a try, so a short SMS code cannot be guessed.
            for i in tokens.indices where tokens[i].state(at: now, policy: policy.reset) == .live {
                tokens[i].tries += 1
            }
            return failed(.tokenWrong, channel: nil)
        }
        let channel = tokens[index].channel
        switch tokens[index].state(at: now, policy: policy.reset) {
        case .used: return failed(.tokenUsed, channel: channel)
        case .expired: return failed(.tokenExpired, channel: channel)
        case .exhausted: return failed(.tokenExhausted, channel: channel)
        case .live: break
        }
        if passwordProblem != nil { return failed(.passwordRefused, channel: channel) }

        for i in tokens.indices where tokens[i].usedAt == nil { tokens[i].usedAt = now }
        events.record(Event(at: now, account: record.account, kind: .resetCompleted, reason: .ok, ip: ip, channel: channel,
                            detail: .token(tokens[index].id)))
        passwordWasSet(record: &record, sessions: &sessions, at: now, ip: ip, because: .resetCompleted, events: &events)
        return .completed(tokenID: tokens[index].id)
    }

    /// What a password set by someone who proved they may set it (a completed reset, a desk
    /// temporary password) does, `reason` naming which: every session ends, the failure count
    /// and a temporary lock are cleared (a permanent one stays for the desk), a code is asked
    /// at the next login.
    func passwordWasSet<R: EventRecorder>(record: inout AuthRecord, sessions: inout [Session], at now: Instant,
                                          ip: IPAddress?, because reason: ReasonCode, events: inout R) {
        for i in sessions.indices {
            sessions[i].end(at: now, reason: reason, policy: policy.session, events: &events)
        }
        if !record.bruteForce.isPermanentlyLocked {
            // Only a lock or count still in force is worth an event; a stale one is cleared quietly.
            let wasLocked = record.bruteForce.isLocked(at: now)
            let counted = record.bruteForce.effectiveFailures(at: now, policy: policy.bruteForce)
            record.bruteForce.clear()
            if wasLocked || counted > 0 {
                events.record(Event(at: now, account: record.account, kind: .lockCleared, reason: reason, ip: ip,
                                    detail: .cleared(failures: counted, wasLocked: wasLocked)))
            }
        }
        record.challenge = nil
        record.isStepUpDue = true
    }
}
