import Portal
import World

/// THE LOCKOUT LIST: every locked account with its cause, for `apoa lockouts`.
///
/// By default it lists the locks in force and those that ran out in the last `recentWindow` of
/// the world clock and that nothing has cleared since (a login, a reset or an unlock clears a
/// record): the people who may still be calling about them. `activeOnly` keeps the locks in
/// force. Sorted by when the lock ends — ended ones first, permanent ones last.
public struct LockoutList: Sendable {
    /// How far back ended locks are listed.
    public static let recentWindow = TimeSpan.hours(24)

    /// The world clock it was read at.
    public let now: Instant
    /// The locks, by when they end.
    public let lockouts: [Lockout]

    /// Reads the locks of `world` at its clock, by index (`WorldStore.lockedAccounts`).
    public init(world: WorldStore, activeOnly: Bool) throws {
        let snapshot = try world.lockedAccounts(endedWithin: activeOnly ? .zero : Self.recentWindow)
        now = snapshot.now
        lockouts = snapshot.accounts.map(Lockout.init).sorted { first, second in
            // nil (permanent) sorts after every instant; ties by username, so the order is stable.
            let a = first.until?.millisecondsSince1970 ?? .max, b = second.until?.millisecondsSince1970 ?? .max
            return a != b ? a < b : first.account.username.value < second.account.username.value
        }
    }

    /// The addresses behind the failures of these locks, those that tried the most accounts first.
    public var sources: [LockSource] {
        var byIP: [IPAddress: (failures: Int, locked: [String], tried: Int)] = [:]
        for lockout in lockouts {
            var seen: Set<IPAddress> = []
            for failure in lockout.history.failures {
                guard let ip = failure.ip else { continue }
                var entry = byIP[ip] ?? (0, [], lockout.history.sourceAccounts[ip] ?? 0)
                entry.failures += 1
                if seen.insert(ip).inserted { entry.locked.append(lockout.account.username.value) }
                byIP[ip] = entry
            }
        }
        return byIP.map { ip, entry in
            LockSource(ip: ip, failures: entry.failures, accountsTried: entry.tried, lockedAccounts: entry.locked.sorted())
        }.sorted { first, second in
            (first.accountsTried, first.failures, second.ip.description) > (second.accountsTried, second.failures, first.ip.description)
        }
    }
}

/// An address behind the failures of listed locks: `apoa lockouts --by-source`.
public struct LockSource: Equatable, Sendable {
    /// The address.
    public let ip: IPAddress
    /// The failures from it among those that locked the listed accounts.
    public let failures: Int
    /// The accounts it failed to log in to in the whole log (by the index `events_failed_by_ip`).
    public let accountsTried: Int
    /// The listed accounts it failed against, by username.
    public let lockedAccounts: [String]

    /// Whether it tried so many accounts that it is no one person (`LockCause.wideSourceAccounts`):
    /// credential stuffing or spraying. Unlocking the accounts it locked unlocks them for it.
    public var isStuffing: Bool { accountsTried >= LockCause.wideSourceAccounts }
}
