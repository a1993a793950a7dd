import Portal
import World

/// Whether failures locked the account, whose failures they were (`LockCause`), and whether
/// the lock ends by itself: `locked-by-attack`, `locked-temporary`, `locked-permanent`, and
/// `wrong-password` for failures that have not locked it.
enum LockRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        // A call the person got in after: the lock of then, not the count of now.
        if facts.resolution != nil { return [lockBeforeCall(facts) ?? wrongPasswords(facts)].compactMap { $0 } }
        let history = facts.evidence.lock
        guard let cause = facts.lockCause, let newest = history.failures.last else { return [] }
        // A completed reset clears a temporary lock and the count (our documented rule).
        let isCleared = history.resetAfterFailures != nil && history.lock != .permanent
        if case .attack(let attack) = cause, !history.locks.isEmpty {
            return [attackLock(facts, attack)]
        }
        guard !isCleared else { return [] }
        switch history.lock {
        case .temporary(let until):
            return [RankedFinding(temporary(facts, cause, until: until, isOver: false), .lockedNow, at: newest.at)]
        case .permanent:
            return [RankedFinding(permanent(facts, cause), .lockedNow, at: newest.at)]
        case .none:
            if let locked = history.locks.last, let until = lockEnd(locked) {
                return [RankedFinding(temporary(facts, cause, until: until, isOver: true), .lastTries, at: newest.at)]
            }
            return wrongPasswords(facts).map { [$0] } ?? []
        }
    }

    /// When an `account-locked` event's lock ends (nil: permanent).
    private static func lockEnd(_ event: Event) -> Instant? {
        event.detail?.value("until").flatMap(Int64.init).map(Instant.init(millisecondsSince1970:))
    }

    /// What the failures were: `5 wrong passwords from 10:00 to 10:01:20 WIB from 182.9.139.233`.
    private static func failureLines(_ facts: DiagnosisFacts) -> [String] {
        let history = facts.evidence.lock
        guard let first = history.failures.first, let last = history.failures.last else { return [] }
        let codes = history.failures.filter { $0.kind == .otpFailed }.count
        let passwords = history.failures.count - codes
        let what = [passwords > 0 ? facts.count(passwords, "wrong password") : nil, codes > 0 ? facts.count(codes, "wrong code") : nil]
            .compactMap { $0 }.joined(separator: " and ")
        let addresses = orderedAddresses(history.failures)
        var line = "\(what) from \(facts.time(first.at)) to \(facts.time(last.at))"
        if !addresses.isEmpty {
            line += " from " + addresses.prefix(3).map(\.description).joined(separator: ", ")
            if addresses.count > 3 { line += " and \(addresses.count - 3) more addresses" }
        }
        var lines = [line]
        if history.hasLoggedIn {
            let familiar = history.failures.filter { history.familiar.knows(ip: $0.ip) || history.familiar.knows(device: $0.device) }
            lines.append("\(familiar.count) of them from an address or device \(facts.username) logged in from before")
        }
        return lines
    }

    private static func orderedAddresses(_ events: [Event]) -> [IPAddress] {
        var seen: [IPAddress] = []
        for ip in events.compactMap(\.ip) where !seen.contains(ip) { seen.append(ip) }
        return seen
    }

    /// Tries the person made while it was locked, which the portal refused without counting.
    private static func refusedWhileLocked(_ facts: DiagnosisFacts) -> String? {
        let refused = facts.since(.loginFailed, [.lockedTemporary, .lockedPermanent])
        guard !refused.isEmpty else { return nil }
        return "\(facts.count(refused.count, "try", "tries")) while locked refused (not counted): \(facts.times(refused))"
    }

    /// Where a lock that is not an attack came from, in a line: an outage or the person.
    private static func origin(_ facts: DiagnosisFacts, _ cause: LockCause) -> (line: String?, unlockReason: String) {
        let periods = facts.evidence.lock.periods
        switch cause {
        case .maintenance(let component):
            let period = periods.first { $0.component == component && $0.status == .underMaintenance }
            return (period.map { "most failures came during \(facts.describe($0))" }, "locked during \(component.rawValue) maintenance")
        case .outage(let component, let status):
            let period = periods.first { $0.component == component && $0.status == status }
            return (period.map { "most failures came during \(facts.describe($0))" }, "locked during the \(component.rawValue) outage")
        default:
            return (nil, "own wrong passwords, identity checked")
        }
    }

    private static func temporary(_ facts: DiagnosisFacts, _ cause: LockCause, until: Instant, isOver: Bool) -> Finding {
        let history = facts.evidence.lock
        let (originLine, unlockReason) = origin(facts, cause)
        var evidence = failureLines(facts)
        if let originLine { evidence.append(originLine) }
        if let locked = history.lockedAt {
            evidence.append("locked at \(facts.time(locked)) until \(facts.time(until)) "
                + "(temporary lockout \(max(history.bruteForce.temporaryLockouts, history.locks.count)) of this count)")
        }
        if let refused = refusedWhileLocked(facts) { evidence.append(refused) }
        let byWhom = originLine == nil ? "\(history.failures.count) of the person's own failed tries" : "failures during an outage"
        if isOver {
            return Finding(
                .lockedTemporary,
                summary: "The account was locked for a while after \(byWhom); the lock ended by itself at \(facts.time(until)).",
                evidence: evidence + ["no login since the lock"],
                action: "Tell \(facts.username) the lock has ended: log in again with the right password. "
                    + "If they do not know it, send a reset: \(facts.resetCommand).")
        }
        let left = facts.span(until - facts.now)
        return Finding(
            .lockedTemporary,
            summary: "The account is locked after \(byWhom); the lock ends by itself at \(facts.time(until)), in \(left).",
            evidence: evidence,
            action: "Ask \(facts.username) to wait until \(facts.time(until)) and log in with the right password "
                + "(or reset it: \(facts.resetCommand)); to let them in now: \(facts.unlockCommand(reason: unlockReason)).")
    }

    private static func permanent(_ facts: DiagnosisFacts, _ cause: LockCause) -> Finding {
        let history = facts.evidence.lock
        let (originLine, unlockReason) = origin(facts, cause)
        var evidence = failureLines(facts)
        if let originLine { evidence.append(originLine) }
        if let locked = history.lockedAt { evidence.append("locked at \(facts.time(locked)) until the desk unlocks it") }
        if let refused = refusedWhileLocked(facts) { evidence.append(refused) }
        return Finding(
            .lockedPermanent,
            summary: "The account is locked until the desk unlocks it, after \(facts.count(history.failures.count, "failed try", "failed tries")); "
                + "it does not end by itself.",
            evidence: evidence,
            action: "Check it is \(facts.username) calling, then: \(facts.unlockCommand(reason: unlockReason)). "
                + "If they do not know the password, send a reset as well: \(facts.resetCommand).")
    }

    private static func attackLock(_ facts: DiagnosisFacts, _ attack: AttackEvidence) -> RankedFinding {
        let history = facts.evidence.lock
        var evidence: [String] = []
        if attack.isRelentless {
            evidence.append("\(attack.recentAttempts) failed tries in the day before the newest, more than a person types")
        }
        if attack.unfamiliarFailures > 0 {
            evidence.append("\(attack.unfamiliarFailures) of \(attack.totalFailures) counted failures from an address and device "
                + "\(facts.username) never logged in from")
        }
        for source in attack.sources.prefix(3) {
            let elsewhere = source.accountsTried >= LockCause.wideSourceAccounts
                ? "failed against \(source.accountsTried) accounts (credential stuffing)"
                : source.accountsTried > 1 ? "failed against \(source.accountsTried) accounts" : "against no other account"
            evidence.append("\(source.ip): \(facts.count(source.failuresHere, "failure")) here, \(elsewhere)"
                + (facts.attackerAddresses.contains(source.ip) ? "" : " (taken for the person's own)"))
        }
        if let locked = history.lockedAt {
            let end = history.locks.last.flatMap(lockEnd)
            evidence.append("latest lock at \(facts.time(locked))"
                + (end.map { " until \(facts.time($0))" } ?? " until the desk unlocks it"))
        }
        let own = facts.window.map(\.event).filter { $0.kind == .loginFailed || $0.kind == .otpFailed }
        if let mine = own.last {
            let tries = own.count == 1 ? "try was" : "\(own.count) tries were"
            evidence.append("\(facts.username)'s own \(tries) refused: \(facts.times(own))\(facts.place(mine)), \(mine.reason.rawValue)")
        }
        let state: String
        let action: String
        switch history.lock {
        case .temporary(let until):
            state = "locked until \(facts.time(until)) (\(facts.span(until - facts.now)) left)"
        case .permanent:
            state = "locked until the desk unlocks it"
        case .none:
            state = "the lock has ended, but the attacker may try again"
        }
        if let reset = history.resetAfterFailures {
            evidence.append("the password was reset at \(facts.time(reset)), after the failures")
            action = history.lock == .none
                ? "Nothing to unlock; watch the addresses above with apoa lockouts --by-source."
                : "The password was reset since the attack: \(facts.unlockCommand(reason: "attack lock; password reset"))."
        } else {
            action = "Do not unlock into the attack: first reset the password — \(facts.resetCommand) — "
                + (history.lock == .none ? "so the attacker's guesses cannot succeed." : "then \(facts.unlockCommand(reason: "attack lock; password reset")).")
        }
        let finding = Finding(
            .lockedByAttack,
            summary: "Someone else's failed logins locked the account (an attack, not the person): \(state).",
            evidence: evidence, action: action)
        return RankedFinding(finding, .closed, at: history.failures.last?.at)
    }

    /// A lock in the tries that led to a call the person got in after.
    private static func lockBeforeCall(_ facts: DiagnosisFacts) -> RankedFinding? {
        guard let locked = facts.since(.accountLocked).last else { return nil }
        let wrong = facts.since(.loginFailed, [.wrongPassword])
        var evidence: [String] = []
        if let first = wrong.first, let last = wrong.last {
            evidence.append("\(facts.count(wrong.count, "wrong password")) from \(facts.time(first.at)) to \(facts.time(last.at))\(facts.place(last))")
        }
        let end = lockEnd(locked)
        evidence.append("locked at \(facts.time(locked.at)) " + (end.map { "until \(facts.time($0))" } ?? "until the desk unlocked it"))
        let isPermanent = locked.reason == .lockoutPermanent
        let finding = Finding(
            isPermanent ? .lockedPermanent : .lockedTemporary,
            summary: isPermanent
                ? "The account was locked until the desk unlocked it, after the person's failed tries."
                : "The account was locked for a while after the person's failed tries.",
            // Only ever shown as resolved, with the resolved finding's own action.
            evidence: evidence, action: "")
        return RankedFinding(finding, .lockedNow, at: locked.at)
    }

    /// Failures that have not locked the account yet.
    private static func wrongPasswords(_ facts: DiagnosisFacts) -> RankedFinding? {
        let wrong = facts.since(.loginFailed, [.wrongPassword])
        guard let last = wrong.last,
              facts.resolution != nil || facts.lockCause == .ownMistakes || facts.lockCause == nil else { return nil }
        var evidence = ["\(facts.count(wrong.count, "wrong password")): \(facts.times(wrong))\(facts.place(last))"]
        let policy = facts.policy.bruteForce
        if facts.evidence.countedFailures > 0, policy.mode != .off {
            evidence.append("\(facts.evidence.countedFailures) of \(policy.maxFailures) failures that lock the account count now")
        }
        let finding = Finding(
            .wrongPassword,
            summary: "The password was typed wrong \(facts.times(wrong.count)) since the last login.",
            evidence: evidence,
            action: "Ask \(facts.username) to check the keyboard (caps lock, layout) and type the password slowly; "
                + "if they do not know it: \(facts.resetCommand).")
        return RankedFinding(finding, .lastTries, at: last.at)
    }
}
