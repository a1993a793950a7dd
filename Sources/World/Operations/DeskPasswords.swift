import Portal

/// What the desk's reset did: where the link or code went, and the sessions it ended.
public struct DeskResetResult: Equatable, Sendable {
    public let account: Account
    public let channel: Channel
    /// Where it went, masked (`a***@example.id`, `+62 ***-****-7890`).
    public let destination: String
    /// False when the gateway was down: the message waits undelivered in the outbox.
    public let isDelivered: Bool
    public let endedSessions: Int
}

/// What setting a temporary password did. `password` is shown once, to be read to the person.
public struct TemporaryPasswordResult: Equatable, Sendable {
    public let account: Account
    public let password: String
    public let endedSessions: Int
}

/// What the change-password page did.
public struct PasswordChangeResult: Equatable, Sendable {
    public let outcome: PasswordChange.Outcome
    /// Why the new password was refused, when it was.
    public let passwordProblem: PasswordProblem?
}

extension WorldStore {
    /// The desk sends a reset link (e-mail) or code (SMS) to the account's own address — never
    /// to one the caller gives — and ends every session. Refused, changing nothing, when the
    /// account has no such address or had `reset.maxPerHour` requests in the last hour.
    public func sendDeskReset<R: RandomNumberGenerator>(_ who: String, via channel: Channel, random: inout R) throws
        -> DeskResetResult {
        try transaction { now in
            let account = try findAccount(who)
            guard let address = masked(account, on: channel) else {
                throw WorldError.noAddress(account.username.value, channel)
            }
            var events = EventList()
            let outcome = PasswordReset(policy: policy).request(
                for: account, identifier: LoginFlow.loggable(account.username.value), on: channel, at: now, ip: nil,
                recentRequests: try recentResetRequests(account.id, before: now), conditions: try conditions(at: now),
                events: &events)
            guard case .send(_, let isDelivered) = outcome else {
                throw WorldError.resetRefused(account.username.value, outcome)
            }
            try sendResetToken(to: account, on: channel, isDelivered: isDelivered, at: now, random: &random)
            let before = try openSessions(account.id)
            var sessions = before
            PasswordChange(policy: policy).endSessionsForDeskReset(sessions: &sessions, at: now, events: &events)
            let ended = try saveEnded(before: before, after: sessions)
            try append(events.events)
            return DeskResetResult(account: account, channel: channel, destination: address, isDelivered: isDelivered,
                                   endedSessions: ended)
        }
    }

    /// The desk sets a temporary password (returned once, stored only as a yescrypt hash):
    /// sessions end, a temporary lock is cleared, and the next login asks for a new password.
    public func setTemporaryPassword<R: RandomNumberGenerator>(_ who: String, random: inout R) throws -> TemporaryPasswordResult {
        try transaction { now in
            let account = try findAccount(who)
            var password: String
            // Read aloud on the phone: three groups of four from a–z and 2–7 (60 bits).
            repeat {
                let raw = random.token(length: 12)
                password = [raw.prefix(4), raw.dropFirst(4).prefix(4), raw.suffix(4)].joined(separator: "-")
            } while (try? policy.password.check(password, username: account.username, email: account.email)) == nil
            var record = try loadAuthRecord(account.id)
            var events = EventList()
            let rules = PasswordChange(policy: policy)
            let before = try openSessions(account.id)
            var sessions = before
            rules.setTemporary(record: &record, sessions: &sessions, at: now, events: &events)
            try storePassword(password, of: account.id, at: now, random: &random)
            let ended = try saveEnded(before: before, after: sessions)
            try save(record)
            try append(events.events)
            return TemporaryPasswordResult(account: account, password: password, endedSessions: ended)
        }
    }

    /// The change-password page: the current password (a temporary one from the desk, or the
    /// person's own) and a new one the password policy accepts.
    public func changePassword<R: RandomNumberGenerator>(
        _ identifier: String, current: String, new: String, ip: IPAddress?, device: DeviceLabel?, random: inout R
    ) throws -> PasswordChangeResult {
        try transaction { now in
            guard let id = try loginAccountID(identifier) else {
                _ = PasswordHash.dummy.matches(current)
                throw WorldError.unknownAccount(identifier, suggestions: [])
            }
            let account = try loadAccount(id)
            var record = try loadAuthRecord(id)
            let stored = try credential(id)
            var problem: PasswordProblem?
            do throws(PortalError) {
                try policy.password.check(new, username: account.username, email: account.email)
            } catch {
                guard case .passwordRefused(let found) = error else { throw WorldError.refused(error) }
                problem = found
            }
            var events = EventList()
            let attempt = LoginAttempt(at: now, identifier: identifier, ip: ip, device: device, captcha: .pass, hasCode: false,
                                       sessionID: nil)
            let outcome = PasswordChange(policy: policy).change(
                attempt, record: &record, conditions: try conditions(at: now),
                currentMatches: { stored?.matches(current) ?? false }, newPasswordProblem: problem, events: &events)
            if outcome == .changed { try storePassword(new, of: id, at: now, random: &random) }
            try save(record)
            try append(events.events)
            return PasswordChangeResult(outcome: outcome, passwordProblem: outcome == .refused(.passwordRefused) ? problem : nil)
        }
    }

    private func storePassword<R: RandomNumberGenerator>(_ password: String, of id: AccountID, at now: Instant,
                                                         random: inout R) throws {
        let hashed = try hash(password, random: &random)
        try connection.run("""
            INSERT INTO credentials (account_id, hash, changed_at) VALUES (?, ?, ?)
            ON CONFLICT (account_id) DO UPDATE SET hash = excluded.hash, changed_at = excluded.changed_at
            """, [id.rawValue, hashed.encoded, now.millisecondsSince1970])
    }

    /// Stores the end of every session the rules ended; returns how many.
    private func saveEnded(before: [Session], after: [Session]) throws -> Int {
        let ended = zip(before, after).filter { $0 != $1 }.map(\.1)
        for session in ended { try saveEnd(of: session) }
        return ended.count
    }
}
