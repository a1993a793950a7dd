import Portal

/// What a reset request did: the person sees `message` whatever happened.
public struct ResetRequestResult: Equatable, Sendable {
    public let outcome: PasswordReset.RequestOutcome
    public var message: UserMessage { outcome.message }
}

/// What using a reset link or code did.
public struct ResetCompletionResult: Equatable, Sendable {
    public let completion: PasswordReset.Completion
    /// Sessions the reset ended.
    public let endedSessions: Int

    /// What the portal showed.
    public var message: UserMessage {
        switch completion {
        case .completed:
            UserMessage(id: "Kata sandi berhasil diubah. Silakan masuk dengan kata sandi baru.",
                        en: "Your password was changed. Please log in with the new password.")
        case .refused(.tokenExpired):
            UserMessage(id: "Tautan atau kode sudah kedaluwarsa. Minta yang baru.",
                        en: "The link or code has expired. Please request a new one.")
        case .refused(.passwordRefused):
            UserMessage(id: "Kata sandi baru tidak memenuhi ketentuan.", en: "The new password does not meet the rules.")
        case .refused:
            UserMessage(id: "Tautan atau kode tidak berlaku.", en: "The link or code is not valid.")
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
            let outcome = rules.request(for: account, identifier: identifier, on: channel, at: now, ip: ip,
                                        recentRequests: recent, conditions: .allUp, events: &events)
            if case .send(let channel, let isDelivered) = outcome, let account {
                let secret = channel == .email ? random.token(length: 32) : random.digits(policy.reset.smsCodeDigits)
                try insertResetToken(account: account.id, channel: channel, hash: try hash(secret, random: &random), at: now)
                let body = channel == .email
                    ? MessageTemplates.resetLink(secret, validFor: policy.reset.ttl, in: account.language)
                    : MessageTemplates.resetCode(secret, validFor: policy.reset.ttl, in: account.language)
                try send(body, secret: secret, to: account, on: channel, purpose: .reset, isDelivered: isDelivered, at: now)
            }
            try append(events.events)
            return ResetRequestResult(outcome: outcome)
        }
    }

    /// Uses a reset link's token or an SMS code to set a new password. On success every
    /// session ends and a temporary lock is cleared (`PasswordReset` states the rule).
    public func completeReset<R: RandomNumberGenerator>(
        _ identifier: String, token: String, newPassword: String, ip: IPAddress?, random: inout R
    ) throws -> ResetCompletionResult {
        let rules = PasswordReset(policy: policy)
        // A link may be pasted whole; the token is what follows "token=".
        let secret = token.split(separator: "=").last.map(String.init) ?? token
        return try transaction { now in
            guard let id = try loginAccountID(identifier) else {
                // Same answer as a wrong token: the form must not tell who has an account.
                var events = EventList()
                events.record(Event(at: now, account: nil, kind: .resetFailed, reason: .tokenWrong, ip: ip,
                                    detail: "identifier=\(identifier)"))
                try append(events.events)
                return ResetCompletionResult(completion: .refused(.tokenWrong), endedSessions: 0)
            }
            let account = try loadAccount(id)
            var record = try loadAuthRecord(id)
            let stored = try resetTokens(id)
            var tokens = stored.map(\.token)
            let hashes = Dictionary(uniqueKeysWithValues: stored.map { ($0.token.id, $0.hash) })
            var sessions = try openSessions(id)
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
            var ended = 0
            for session in sessions where session.endedAt == now && session.endReason == .resetCompleted {
                try saveEnd(of: session)
                ended += 1
            }
            try save(record)
            try append(events.events)
            return ResetCompletionResult(completion: completion, endedSessions: ended)
        }
    }
}
