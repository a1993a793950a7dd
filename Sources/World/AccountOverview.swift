import Portal

/// An account as the desk sees it: profile, lock and sessions at the world clock.
public struct AccountOverview: Equatable, Sendable {
    /// The profile.
    public let account: Account
    /// The world clock the rest was read at.
    public let now: Instant
    /// The brute-force record as stored.
    public let bruteForce: BruteForceState
    /// The lock in force now.
    public let lock: BruteForceState.Lock
    /// Failures that still count now (older ones are cleared by the next failure).
    public let failures: Int
    /// The last successful login.
    public let lastLoginAt: Instant?
    /// Sessions that are active now (empty in `overviews()`, which lists many accounts).
    public let activeSessions: [Session]
}

extension WorldStore {
    /// The account `who` names, with its lock and active sessions now.
    public func overview(of who: String) throws -> AccountOverview {
        try read { now in
            let account = try findAccount(who)
            let record = try loadAuthRecord(account.id)
            let active = try openSessions(account.id).filter { $0.isActive(at: now, policy: policy.session) }
            return AccountOverview(account: account, now: now, bruteForce: record.bruteForce,
                                   lock: record.bruteForce.lock(at: now),
                                   failures: record.bruteForce.effectiveFailures(at: now, policy: policy.bruteForce),
                                   lastLoginAt: record.lastLoginAt, activeSessions: active)
        }
    }

    /// Every account with its lock now, by number.
    public func overviews() throws -> [AccountOverview] {
        try read { now in
            try allAccounts().map { account in
                let record = try loadAuthRecord(account.id)
                return AccountOverview(account: account, now: now, bruteForce: record.bruteForce,
                                       lock: record.bruteForce.lock(at: now),
                                       failures: record.bruteForce.effectiveFailures(at: now, policy: policy.bruteForce),
                                       lastLoginAt: record.lastLoginAt, activeSessions: [])
            }
        }
    }
}
