/// THE LOCKOUT RULE. Everything that locks an account goes through `recordFailure`.
///
/// It follows Keycloak's `DefaultBruteForceProtector.failure` step by step (the comments name
/// the steps), so a realm's settings lock the same accounts at the same times here:
///
/// 1. The failure becomes the last failure. If the previous one was more than `failureReset`
///    ago, everything is cleared first — failures, temporary lockouts, the lock, and (as in
///    Keycloak, whose `clearFailures` zeroes it) the last-failure time itself, so the failure
///    after a reset has no "previous" one. Pure permanent mode never resets.
/// 2. The count goes up by one.
/// 3. The wait: `waitIncrement × ⌊failures / maxFailures⌋` (multiple) or
///    `waitIncrement × (1 + failures − maxFailures)` (linear); none in pure permanent mode.
/// 4. No wait due, but this failure came sooner than `quickLoginCheck` after the previous one:
///    a quick-login lock of `minimumQuickLoginWait`, which is not a temporary lockout.
/// 5. A wait is capped at `maxWait` (except in pure permanent mode), counted as a temporary
///    lockout unless quick-login, and becomes the lock — unless that lockout is one too many
///    in temporary-then-permanent mode, which goes straight to step 6.
/// 6. Permanent modes disable the account when temporary lockouts exceed
///    `maxTemporaryLockouts`, or at `maxFailures` failures when that is 0.
///
/// Keycloak keeps lock times in whole seconds (`notBefore = ⌊now/1000⌋ + wait`); so do we, so
/// that "locked until" is the same instant. Locks only ever move later (`setFailedLoginNotBefore`).
/// Attempts while locked never reach this rule: the login flow refuses them first.
extension BruteForceState {
    /// What a failure did to the lock.
    public enum LockChange: Equatable, Sendable {
        /// A temporary lock until `until`; `isQuickLogin` when it came from the quick-login check.
        case temporary(until: Instant, isQuickLogin: Bool)
        /// The account is now permanently locked.
        case permanent
    }

    /// Counts one failed login at `now` under `policy`; returns the lock it caused, if any.
    @discardableResult
    public mutating func recordFailure(at now: Instant, from ip: IPAddress?, policy: BruteForcePolicy) -> LockChange? {
        guard policy.mode != .off else { return nil }
        lastFailureIP = ip

        // Step 1: remember this failure; clear an old count.
        let previous = lastFailure
        let sincePrevious = previous.map { now - $0 } ?? .zero
        if previous.map({ now > $0 }) ?? true { lastFailure = now }
        if !policy.isPurePermanent, sincePrevious > .zero, sincePrevious > policy.failureReset {
            clear()
            // Keycloak's clearFailures also forgets the failing IP; we keep it, since it decides
            // nothing and the desk wants to see where the failure came from.
            lastFailureIP = ip
        }

        // Step 2.
        failures += 1

        // Step 3.
        var wait = TimeSpan.zero
        if !policy.isPurePermanent {
            switch policy.strategy {
            case .multiple: wait = policy.waitIncrement * (failures / policy.maxFailures)
            case .linear: wait = policy.waitIncrement * (1 + failures - policy.maxFailures)
            }
        }

        // Step 4.
        var isQuickLogin = false
        if wait <= .zero, previous != nil, sincePrevious < policy.quickLoginCheck {
            wait = policy.minimumQuickLoginWait
            isQuickLogin = true
        }

        // Step 5.
        var change: LockChange?
        if wait > .zero {
            if !policy.isPurePermanent { wait = min(wait, policy.maxWait) }
            if !isQuickLogin { temporaryLockouts += 1 }
            if isQuickLogin || !policy.isPermanentLockout || temporaryLockouts <= policy.allowedTemporaryLockouts {
                let until = now.truncatedToSecond + wait
                if notBefore.map({ until > $0 }) ?? true { notBefore = until }
                change = .temporary(until: notBefore ?? until, isQuickLogin: isQuickLogin)
            }
        }

        // Step 6.
        if policy.isPermanentLockout,
           temporaryLockouts > policy.allowedTemporaryLockouts
            || (policy.allowedTemporaryLockouts == 0 && failures >= policy.maxFailures) {
            isPermanentlyLocked = true
            change = .permanent
        }
        return change
    }
}

extension Instant {
    /// This instant with its milliseconds dropped (Keycloak's lock times are whole seconds).
    var truncatedToSecond: Instant {
        let ms = millisecondsSince1970
        return Instant(millisecondsSince1970: ms - ((ms % 1000) + 1000) % 1000)
    }
}
