import Portal

/// An account as the desk sees it: profile, lock and sessions at the world clock.
public struct AccountOverview: Equatable, Sendable {
    public let account: Account
    public let now: Instant
    public let bruteForce: BruteForceState
    /// The lock in force now.
    public let lock: BruteForceState.Lock
    public let lastLoginAt: Instant?
    /// Sessions that are active now.
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
                                   lock: record.bruteForce.lock(at: now), lastLoginAt: record.lastLoginAt,
                                   activeSessions: active)
        }
    }

    /// Every account with its lock now, by number.
    public func overviews() throws -> [AccountOverview] {
        try read { now in
            try allAccounts().map { account in
                let record = try loadAuthRecord(account.id)
                return AccountOverview(account: account, now: now, bruteForce: record.bruteForce,
                                       lock: record.bruteForce.lock(at: now), lastLoginAt: record.lastLoginAt,
                                       activeSessions: [])
            }
        }
    }
}
