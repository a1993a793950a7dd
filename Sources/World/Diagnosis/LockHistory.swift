import Portal
import SQLiteDB

/// What the log says about an account's failure count and lock: the failures behind it, where
/// they came from, and what was going on with the portal meanwhile. The evidence `LockCause`
/// (in `Helpdesk`) decides from.
public struct LockHistory: Equatable, Sendable {
    /// Whose.
    public let account: AccountID
    /// The world clock it was read at.
    public let now: Instant
    /// The brute-force record as stored.
    public let bruteForce: BruteForceState
    /// The lock in force at `now`.
    public let lock: BruteForceState.Lock
    /// Addresses and devices the account logged in from before the count began: those the
    /// store remembers and those of its `login-succeeded` events (a simulated world keeps them
    /// only in the log).
    public let familiar: FamiliarSources
    /// Whether the account logged in before the count began (without that, no address is
    /// "familiar" yet).
    public let hasLoggedIn: Bool
    /// The counted failures of the latest count (`login-failed wrong-password`, `otp-failed
    /// otp-wrong`), oldest first: back to the one that started the count.
    public let failures: [Event]
    /// The `account-locked` events of that count.
    public let locks: [Event]
    /// Every failed login or code of the day before the newest failure — refusals while locked
    /// and CAPTCHA failures included, oldest first: how hard someone kept trying.
    public let recentAttempts: [Event]
    /// A completed password reset after the count began, if any.
    public let resetAfterFailures: Instant?
    /// For each address among the failures, how many accounts it failed to log in to, in the
    /// whole log: an address that tried many accounts shows here.
    public let sourceAccounts: [IPAddress: Int]
    /// Components that were not operational while the failures happened.
    public let periods: [ComponentPeriod]

    /// When the account was locked last (the newest `account-locked` of the count).
    public var lockedAt: Instant? { locks.last?.at }
}

extension WorldStore {
    /// How far back the log is read for one count: a count longer than this is an attack at
    /// a scale where its oldest failures no longer change the verdict.
    static let lockHistoryLimit = 400
    /// How far back `recentAttempts` reaches from the newest failure.
    static let recentWindow = TimeSpan.hours(24)

    /// How many accounts logins from `ip` failed against, in the whole log (by the
    /// `events_failed_by_ip` index).
    func accountsFailed(from ip: IPAddress) throws -> Int {
        Int(try connection.scalar(
            "SELECT COUNT(DISTINCT account_id) FROM events WHERE kind = 'login-failed' AND ip = ?", [ip.description]
        ).integerValue ?? 0)
    }

    /// The lock history of the account `who` names, at the world clock.
    public func lockHistory(of who: String) throws -> LockHistory {
        try read { now in try lockHistory(of: try findAccount(who).id, at: now) }
    }

    /// The lock history of an account, inside a transaction.
    func lockHistory(of id: AccountID, at now: Instant) throws -> LockHistory {
        var sourceCounts: [IPAddress: Int] = [:]
        return try lockHistory(of: id, at: now, sourceCounts: &sourceCounts)
    }

    /// The lock history of an account, inside a transaction; `sourceCounts` keeps how many
    /// accounts each address failed against, for a caller that reads many histories at once (the
    /// addresses of an attack are behind many locks, and counting theirs is most of the work).
    func lockHistory(of id: AccountID, at now: Instant, sourceCounts: inout [IPAddress: Int]) throws -> LockHistory {
        let record = try loadAuthRecord(id)
        var failures: [Event] = []
        var locks: [Event] = []
        var reset: Instant?
        // Newest first, back to the failure that began the count (`failures=1`), or to what
        // clears a count: a login, or the desk clearing it.
        var firstFailureSeq = Int64.max
        let rows = try connection.query("""
            SELECT * FROM events WHERE account_id = ? AND (kind = 'login-failed' OR kind = 'otp-failed'
                OR kind = 'account-locked' OR kind = 'login-succeeded' OR kind = 'lock-cleared' OR kind = 'reset-completed')
            ORDER BY seq DESC LIMIT ?
            """, [id.rawValue, Self.lockHistoryLimit])
        var isCountComplete = false
        var recent: [Event] = []
        var newestFailure: Instant?
        for row in rows {
            let event = try loggedEvent(row).event
            let isFailure = event.kind == .loginFailed || event.kind == .otpFailed
            if isFailure {
                newestFailure = newestFailure ?? event.at
                if let newest = newestFailure, newest - event.at <= Self.recentWindow { recent.append(event) }
            }
            guard !isCountComplete else { continue }
            switch event.kind {
            case .loginSucceeded, .lockCleared: isCountComplete = true
            case .resetCompleted: reset = event.at
            case .accountLocked: locks.append(event)
            default:
                guard let count = event.detail?.value("failures").flatMap(Int.init) else { continue }
                failures.append(event)
                firstFailureSeq = row.int("seq") ?? firstFailureSeq
                if count == 1 { isCountComplete = true }
            }
        }
        recent.reverse()
        failures.reverse()
        locks.reverse()
        if let first = failures.first, let at = reset, at < first.at { reset = nil }
        var sources: [IPAddress: Int] = [:]
        for ip in Set((failures + recent).compactMap(\.ip)) {
            let count = try sourceCounts[ip] ?? accountsFailed(from: ip)
            sourceCounts[ip] = count
            sources[ip] = count
        }
        var familiar = record.familiar
        var hasLoggedIn = false
        // Oldest first, so the newest places end up most recent, as the store ranks them.
        for row in try connection.query("""
            SELECT ip, device FROM events WHERE account_id = ? AND kind = 'login-succeeded' AND seq < ? ORDER BY seq
            """, [id.rawValue, failures.first.map { _ in firstFailureSeq } ?? Int64.max]) {
            hasLoggedIn = true
            familiar.remember(ip: row.text("ip").flatMap(IPAddress.init), device: try deviceLabel(row, of: "events"))
        }
        let periods = if let first = failures.first?.at, let last = failures.last?.at {
            try componentPeriods(from: first, to: last + .milliseconds(1))
        } else {
            [ComponentPeriod]()
        }
        return LockHistory(account: id, now: now, bruteForce: record.bruteForce, lock: record.bruteForce.lock(at: now),
                           familiar: familiar, hasLoggedIn: hasLoggedIn || !record.familiar.ips.isEmpty, failures: failures,
                           locks: locks, recentAttempts: recent, resetAfterFailures: reset, sourceAccounts: sources,
                           periods: periods)
    }
}
