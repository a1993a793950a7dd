import Portal
import SQLiteDB

extension WorldStore {
    /// What a diagnosis of the account `who` names reads, at the world clock, in one read
    /// transaction: `unknownAccount` (with the closest usernames and e-mails) when none does.
    ///
    /// Every query goes through an index of the account (`events_by_account`, the store's own
    /// keys) or of one address (`events_failed_by_ip`), so the answer takes the same time in
    /// a world of a thousand people as in one of millions.
    public func diagnosisEvidence(of who: String) throws -> DiagnosisEvidence {
        try read { now in
            let account = try findAccount(who)
            let id = account.id
            let record = try loadAuthRecord(id)
            let (events, isTruncated) = try recentEvents(of: id, since: now - DiagnosisEvidence.window)
            let visits = try connection.query("""
                SELECT e.*, NULL AS username FROM events e WHERE e.account_id = ? AND e.kind = 'phishing-site-visited'
                ORDER BY e.seq DESC LIMIT 10
                """, [id.rawValue]).map(loggedEvent)
            var rightPasswordSources: [IPAddress: Int] = [:]
            for entry in events where entry.event.kind == .loginSucceeded || entry.event.kind == .otpSent {
                if let ip = entry.event.ip, rightPasswordSources[ip] == nil { rightPasswordSources[ip] = try accountsFailed(from: ip) }
            }
            let periods = try componentPeriods(from: events.first?.event.at ?? now, to: now + .milliseconds(1))
            return DiagnosisEvidence(
                account: account, now: now, zone: zone, policy: policy,
                mustChangePassword: try connection.scalar(
                    "SELECT must_change_password FROM accounts WHERE id = ?", [id.rawValue]).integerValue == 1,
                lastLoginAt: record.lastLoginAt, lock: try lockHistory(of: id, at: now),
                countedFailures: record.bruteForce.effectiveFailures(at: now, policy: policy.bruteForce),
                challenge: record.challenge, events: events, isTruncated: isTruncated,
                resetTokens: try resetTokens(id).map(\.token),
                sessions: try openSessions(id).filter { $0.isActive(at: now, policy: policy.session) },
                periods: periods, applications: try applicationsNeedingAttention(id, at: now),
                phishingVisits: visits.map(\.event),
                familiarBeforePhishing: try familiarSources(of: id, before: visits.first?.seq),
                rightPasswordSources: rightPasswordSources)
        }
    }

    /// The account's events since `since`, oldest first: the newest `eventLimit`, and whether
    /// older ones of the window were left out.
    private func recentEvents(of id: AccountID, since: Instant) throws -> (events: [LoggedEvent], isTruncated: Bool) {
        // Newest first by the account's index (its row numbers are in time order), one more
        // than the limit to know whether the window holds more.
        let rows = try connection.query("""
            SELECT e.*, NULL AS username FROM events e WHERE e.account_id = ? AND e.at >= ? ORDER BY e.seq DESC LIMIT ?
            """, [id.rawValue, since.millisecondsSince1970, DiagnosisEvidence.eventLimit + 1])
        let events = try rows.prefix(DiagnosisEvidence.eventLimit).map(loggedEvent)
        return (events.reversed(), rows.count > DiagnosisEvidence.eventLimit)
    }

    /// Where the account's successful logins before event `seq` came from (none without `seq`),
    /// the newest ranked most recent, as the store ranks them.
    private func familiarSources(of id: AccountID, before seq: Int64?) throws -> FamiliarSources {
        guard let seq else { return FamiliarSources() }
        var familiar = FamiliarSources()
        let rows = try connection.query("""
            SELECT ip, device FROM events WHERE account_id = ? AND kind = 'login-succeeded' AND seq < ? ORDER BY seq DESC LIMIT ?
            """, [id.rawValue, seq, FamiliarSources.capacity * 4])
        for row in rows.reversed() {
            familiar.remember(ip: row.text("ip").flatMap(IPAddress.init), device: try deviceLabel(row, of: "events"))
        }
        return familiar
    }
}
