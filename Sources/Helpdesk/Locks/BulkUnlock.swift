import Portal
import World

/// The causes a bulk unlock may be limited to: those of a wave of locks the portal caused.
public enum BulkUnlockCause: String, CaseIterable, Sendable {
    /// Locks set while a login component was degraded or down (`LockCause.outage`).
    case outage
    /// Locks set while one was under maintenance (`LockCause.maintenance`).
    case maintenance
}

/// THE BULK UNLOCK RULE: which locks `apoa unlock --locked-during FROM..TO` clears.
///
/// It takes every account locked now whose lock was set (its newest `account-locked` event)
/// within `from...to`, both ends included, and — with a `cause` — only those whose `LockCause`
/// is that one. An attack's lock is never unlocked in bulk, and neither is one whose cause the
/// log cannot tell: both are listed as skipped, with why, for the desk to take one by one.
public struct BulkUnlockPlan: Sendable {
    /// A lock in the window that is left as it is, and why.
    public struct Skipped: Sendable {
        /// The lock.
        public let lockout: Lockout
        /// Why it is left: its cause, and what the desk should do instead.
        public let why: String
    }

    /// The world clock it was planned at.
    public let now: Instant
    /// The window's start: locks set at or after it.
    public let from: Instant
    /// The window's end: locks set at or before it.
    public let to: Instant
    /// The cause the unlock is limited to; nil for any but an attack.
    public let cause: BulkUnlockCause?
    /// The locks to clear, by when they end.
    public let unlocks: [Lockout]
    /// The locks in the window that are left alone.
    public let skipped: [Skipped]

    /// Plans at the world clock, reading only (the `--dry-run`); inside a desk action, in its transaction.
    public init(world: WorldStore, lockedFrom from: Instant, to: Instant, cause: BulkUnlockCause?) throws {
        let list = try LockoutList(world: world, activeOnly: true)
        var unlocks: [Lockout] = []
        var skipped: [Skipped] = []
        for lockout in list.lockouts {
            guard let since = lockout.since, from <= since, since <= to else { continue }
            switch lockout.cause {
            case nil:
                skipped.append(Skipped(lockout: lockout, why: "the log holds no failure of its count to tell its cause"))
            case .attack:
                skipped.append(Skipped(lockout: lockout, why: "attack: \(lockout.why); never unlocked in bulk"))
            case let found?:
                if let cause, found.name != cause.rawValue {
                    skipped.append(Skipped(lockout: lockout, why: "\(found.name), not \(cause.rawValue): \(lockout.why)"))
                } else {
                    unlocks.append(lockout)
                }
            }
        }
        self.now = list.now
        self.from = from
        self.to = to
        self.cause = cause
        self.unlocks = unlocks
        self.skipped = skipped
    }
}

extension Desk {
    /// Clears every lock of the plan for `from...to` and `cause`, made again inside the action's
    /// one transaction (so it acts on the world as it is), with one audit line that names the
    /// count and one `lock-cleared` event per account. Needs the `bulkUnlock` permission.
    public func bulkUnlock(lockedFrom from: Instant, to: Instant, cause: BulkUnlockCause?, reason: String,
                           ticket: Int64? = nil) throws -> BulkUnlockPlan {
        let window = "\(from.iso8601(in: world.zone))..\(to.iso8601(in: world.zone))"
        return try perform("unlock-bulk", target: "locked-during \(window)", ticket: ticket, needs: [.bulkUnlock]) { audit in
            try Self.requireReason(reason)
            if let ticket { try checkTicket(ticket, about: nil) }
            let plan = try BulkUnlockPlan(world: world, lockedFrom: from, to: to, cause: cause)
            for lockout in plan.unlocks {
                guard case .cleared = try world.unlock(lockout.account.id) else {
                    preconditionFailure("a lock read in this transaction is gone before it ends")
                }
            }
            let attacks = plan.skipped.filter { if case .attack = $0.lockout.cause { true } else { false } }.count
            audit.detail = "unlocked \(plan.unlocks.count) \(plan.unlocks.count == 1 ? "account" : "accounts") locked \(window)"
                + (cause.map { " (cause \($0.rawValue))" } ?? "")
                + "; skipped \(plan.skipped.count) (\(attacks) by attacks); reason: \(reason)"
            return plan
        }
    }
}
