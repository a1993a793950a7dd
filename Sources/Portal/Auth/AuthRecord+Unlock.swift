/// THE DESK'S UNLOCK RULE: what clearing a lock at the desk does to an account.
///
/// A lock in force — temporary or permanent — is cleared with its whole count, as Keycloak's
/// "unlock user" does (`clearFailures`): failures, temporary lockouts, the lock. One
/// `lock-cleared` event (`desk-unlock`) records the failures that still counted and that it was
/// locked. An account that is not locked is left as it is, count and all: a count below the
/// limit locks nobody out, and clearing it would only give whoever is failing against the
/// account a fresh set of tries. It clears by itself (`failureReset` after the last failure,
/// or at the next login).
///
/// Whether the desk *should* unlock (not into an attack) is the desk's rule, not this one.
extension AuthRecord {
    /// What unlocking found, and did.
    public enum UnlockOutcome: Equatable, Sendable {
        /// The lock that was in force is cleared, with `failures` that still counted.
        case cleared(BruteForceState.Lock, failures: Int)
        /// Nothing was locked, so nothing changed; `failures` still count.
        case notLocked(failures: Int)
    }

    /// Clears the lock in force at `now`, recording a `lock-cleared` event; changes nothing when
    /// there is no lock.
    @discardableResult
    public mutating func unlock<R: EventRecorder>(at now: Instant, policy: BruteForcePolicy, events: inout R) -> UnlockOutcome {
        let lock = bruteForce.lock(at: now)
        let failures = bruteForce.effectiveFailures(at: now, policy: policy)
        guard lock != .none else { return .notLocked(failures: failures) }
        bruteForce.clear()
        events.record(Event(at: now, account: account, kind: .lockCleared, reason: .deskUnlock,
                            detail: .cleared(failures: failures, wasLocked: true)))
        return .cleared(lock, failures: failures)
    }
}
