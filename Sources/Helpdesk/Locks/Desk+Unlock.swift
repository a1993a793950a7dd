import Portal
import World

/// What `apoa unlock WHO` did.
public struct UnlockReceipt: Sendable {
    /// The account and its lock as they were before the unlock.
    public let lockout: Lockout
    /// The lock that was cleared.
    public let cleared: BruteForceState.Lock
    /// Whether it took `--force`: an attack's lock with no password reset since.
    public let wasForced: Bool
}

extension Desk {
    /// THE DESK'S RULE FOR UNLOCKING ONE ACCOUNT. Clears the lock through the portal's unlock
    /// rule (`AuthRecord.unlock`, which logs `lock-cleared desk-unlock`), in one transaction with
    /// the audit line, which names the cause, the reason and the ticket.
    ///
    /// Refused — and the refusal audited — when:
    /// - the operator's role lacks `unlock` (and `force`, when `force` is set: the action is then
///   `unlock-force`);
    /// - `ticket` names no ticket, or a ticket about another account;
    /// - the account is not locked (a failure count below the limit is left alone: see
    ///   `AuthRecord.unlock`);
    /// - an attack locked it (`LockCause.attack`) and no password reset has been done since,
    ///   unless `force`: unlocking it as it is hands the account back to the attacker.
    ///
    /// An unknown `who` is an error before any action (`WorldError.unknownAccount`).
    public func unlock(_ who: String, reason: String, ticket: Int64? = nil, force: Bool = false) throws -> UnlockReceipt {
        let account = try world.account(matching: who)
        let name = account.username.value
        // A forced unlock is its own action, so the audit log finds it and a refusal names it.
        let action = force ? "unlock-force" : "unlock"
        return try perform(action, target: name, ticket: ticket, needs: force ? [.unlock, .force] : [.unlock]) { audit in
            try Self.requireReason(reason)
            if let ticket { try checkTicket(ticket, about: account) }
            let lockout = Lockout(account: account, history: try world.lockHistory(of: name))
            guard lockout.lock != .none else { throw HelpdeskError.refused(notLocked(lockout)) }
            if lockout.isUnsafeToUnlock && !force {
                let via = account.phone == nil ? "email" : "sms"
                throw HelpdeskError.refused(
                    "\(name) was locked by an attack (\(lockout.why)) and no password reset has been done since: "
                        + "reset the password first (apoa reset-password \(name) --via \(via)), or add --force")
            }
            guard case .cleared(let lock, _) = try world.unlock(account.id) else {
                throw HelpdeskError.refused(notLocked(lockout))
            }
            let wasForced = lockout.isUnsafeToUnlock
            let reset = lockout.history.resetAfterFailures.map { "; password reset at \($0.iso8601(in: world.zone))" } ?? ""
            audit.detail = "cleared \(describe(lock)) (\(lockout.failures) failures); cause \(lockout.causeName): \(lockout.why)\(reset)"
                + (wasForced ? "; forced: no password reset since the attack" : "") + "; reason: \(reason)"
            return UnlockReceipt(lockout: lockout, cleared: lock, wasForced: wasForced)
        }
    }

    /// Every unlock says why; the command line refuses an empty reason before it gets here.
    static func requireReason(_ reason: String) throws {
        guard !reason.allSatisfy(\.isWhitespace) else { throw HelpdeskError.refused("an unlock needs a reason (--reason TEXT)") }
    }

    /// A ticket an action is done for must exist and, when it is about an account, be about this one.
    func checkTicket(_ id: Int64, about account: Account?) throws {
        try requireTicket(id)
        if let account, let about = try world.ticket(id).account, about != account.id {
            throw HelpdeskError.refused("ticket #\(id) is about another account (\(about)), not \(account.username.value)")
        }
    }

    /// `a temporary lock until 2026-12-01T10:43:44+07:00`, `a permanent lock`.
    func describe(_ lock: BruteForceState.Lock) -> String {
        switch lock {
        case .temporary(let until): "a temporary lock until \(until.iso8601(in: world.zone))"
        case .permanent: "a permanent lock"
        case .none: "no lock"
        }
    }

    /// Why there is nothing to unlock: the lock ended, or there never was one; and the failures
    /// that still count, which clear by themselves.
    private func notLocked(_ lockout: Lockout) -> String {
        let history = lockout.history
        var text = "\(lockout.account.username.value) is not locked"
        if let until = lockout.until, until <= history.now {
            text += ": the lock ended at \(until.display(in: world.zone))"
        }
        let counting = history.bruteForce.effectiveFailures(at: history.now, policy: world.policy.bruteForce)
        if counting > 0 {
            text += " (\(counting) \(counting == 1 ? "failure still counts" : "failures still count"); "
                + "they clear \(world.policy.bruteForce.failureReset) after the last one, or at the next login)"
        }
        return text + "; nothing to unlock"
    }
}
