import Portal

/// What a reset request did: the person sees `message` whatever happened.
public struct ResetRequestResult: Equatable, Sendable {
    /// What the rules decided (which the person is not told).
    public let outcome: PasswordReset.RequestOutcome
    /// The one answer everyone gets.
    public var message: UserMessage { outcome.message }
}

/// What using a reset link or code did.
public struct ResetCompletionResult: Equatable, Sendable {
    /// What the rules decided.
    public let completion: PasswordReset.Completion
    /// Why the new password was refused, when it was.
    public let passwordProblem: PasswordProblem?
    /// Sessions the reset ended.
    public let endedSessions: Int

    /// Whether the password was changed.
    public var isCompleted: Bool {
        if case .completed = completion { return true }
        return false
    }

    /// What the portal showed. A refused password says why: the person holds the token, so
    /// they may be told.
    public var message: UserMessage {
        switch completion {
        case .completed:
            return UserMessage(id: "Kata sandi berhasil diubah. Silakan masuk dengan kata sandi baru.",
                               en: "Your password was changed. Please log in with the new password.")
        case .refused(.tokenExpired):
            return UserMessage(id: "Tautan atau kode sudah kedaluwarsa. Minta yang baru.",
                               en: "The link or code has expired. Please request a new one.")
        case .refused(.passwordRefused):
            let why = passwordProblem?.message
            return UserMessage(id: "Kata sandi baru tidak memenuhi ketentuan. " + (why?.indonesian ?? ""),
                               en: "The new password does not meet the rules. " + (why?.english ?? ""))
        case .refused:
            return UserMessage(id: "Tautan atau kode tidak berlaku.", en: "The link or code is not valid.")
        }
    }
}

extension WorldStore {
    /// "Forgot password": sends a reset link (e-mail) or code (SMS) to the account's own
    /// address, at most `reset.maxPerHour` an hour. The same answer whether or not it exists.
    public func requestReset<R: RandomNumberGenerator>(
        _ identifier: String, via channel: Channel, ip: IPAddress?, random: inout R
    ) throws -> ResetRequestResult {
        let rules = PasswordReset(policy: policy)
        return try transaction { now in
            let account = try loginAccountID(identifier).map { try loadAccount($0) }
            let recent = try account.map { try recentResetRequests($0.id, before: now) } ?? []
            var events = EventList()
            let outcome = rules.request(for: account, identifier: LoginFlow.loggable(identifier), on: channel, at: now, ip: ip,
                                        recentRequests: recent, conditions: try conditions(at: now), events: &events)
            if case .send(let channel, let isDelivered) = outcome, let account {
                try sendResetToken(to: account, on: channel, isDelivered: isDelivered, at: now, random: &random)
            } else {
                // Sending hashes a token; not sending costs the same, so timing tells nothing.
                _ = PasswordHash.dummy.matches(identifier)
            }
            try append(events.events)
            return ResetRequestResult(outcome: outcome)
        }
    }

    /// Makes a reset token, stores its hash and puts the link or code in the outbox.
    func sendResetToken<R: RandomNumberGenerator>(to account: Account, on channel: Channel, isDelivered: Bool, at now: Instant,
                                                  random: inout R) throws {
        let secret = channel == .email ? random.token(length: 32) : random.digits(policy.reset.smsCodeDigits)
        try insertResetToken(account: account.id, channel: channel, hash: try hash(secret, random: &random), at: now)
        let body = channel == .email
            ? MessageTemplates.resetLink(secret, validFor: policy.reset.ttl, in: account.language)
            : MessageTemplates.resetCode(secret, validFor: policy.reset.ttl, in: account.language)
        try send(body, secret: secret, to: account, on: channel, purpose: .reset, isDelivered: isDelivered, at: now)
    }

    /// Uses a reset link's token (or the whole link) or an SMS code to set a new password. On
    /// success every session ends and a temporary lock is cleared (`PasswordReset` states the rule).
    public func completeReset<R: RandomNumberGenerator>(
        _ identifier: String, token: String, newPassword: String, ip: IPAddress?, random: inout R
    ) throws -> ResetCompletionResult {
        let rules = PasswordReset(policy: policy)
        // A pasted link carries its token after "token="; an SMS code is the text itself.
        let secret = token.contains("token=") ? MessageTemplates.secret(in: token) ?? token : token
        return try transaction { now in
            guard let id = try loginAccountID(identifier) else {
                // The person gets the answer of a wrong token; the log keeps the truth.
                _ = PasswordHash.dummy.matches(secret)
                var events = EventList()
                events.record(Event(at: now, account: nil, kind: .resetFailed, reason: .unknownAccount, ip: ip,
                                    detail: .identifier(LoginFlow.loggable(identifier))))
                try append(events.events)
                return ResetCompletionResult(completion: .refused(.tokenWrong), passwordProblem: nil, endedSessions: 0)
            }
            let account = try loadAccount(id)
            var record = try loadAuthRecord(id)
            let stored = try resetTokens(id)
            var tokens = stored.map(\.token)
            let hashes = Dictionary(uniqueKeysWithValues: stored.map { ($0.token.id, $0.hash) })
            let sessionsBefore = try openSessions(id)
            var sessions = sessionsBefore
            let problem: PasswordProblem?
            do throws(PortalError) {
                try policy.password.check(newPassword, username: account.username, email: account.email)
                problem = nil
            } catch {
                guard case .passwordRefused(let found) = error else { throw WorldError.refused(error) }
                problem = found
            }
            var events = EventList()
            let completion = rules.complete(
                record: &record, tokens: &tokens, sessions: &sessions, at: now, ip: ip, passwordProblem: problem,
                matches: { token in hashes[token.id]??.matches(secret) ?? false }, events: &events)
            if case .completed = completion {
                let newHash = try hash(newPassword, random: &random)
                try connection.run("UPDATE credentials SET hash = ?, changed_at = ? WHERE account_id = ?",
                                   [newHash.encoded, now.millisecondsSince1970, id.rawValue])
            }
            for token in tokens { try save(token) }
            let ended = zip(sessionsBefore, sessions).filter { $0 != $1 }.map(\.1)
            for session in ended { try saveEnd(of: session) }
            try save(record)
            try append(events.events)
            return ResetCompletionResult(completion: completion, passwordProblem: problem, endedSessions: ended.count)
        }
    }
}
