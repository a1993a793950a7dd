/// How the portal answers repeated login failures: Keycloak's brute-force detection settings,
/// under the names DESIGN.md gives them.
///
/// | here | Keycloak realm setting |
/// | --- | --- |
/// | `mode` | brute force on/off, `permanentLockout`, `maxTemporaryLockouts` > 0 |
/// | `maxFailures` | `failureFactor` |
/// | `strategy` | `bruteForceStrategy` |
/// | `waitIncrement` | `waitIncrementSeconds` |
/// | `maxWait` | `maxFailureWaitSeconds` |
/// | `failureReset` | `maxDeltaTimeSeconds` |
/// | `quickLoginCheck` | `quickLoginCheckMilliSeconds` |
/// | `minimumQuickLoginWait` | `minimumQuickLoginWaitSeconds` |
/// | `maxTemporaryLockouts` | `maxTemporaryLockouts` |
///
/// The rule itself is in `BruteForceState+LockoutRule.swift`.
public struct BruteForcePolicy: Equatable, Sendable {
    /// Whether and how accounts lock.
    public enum Mode: String, CaseIterable, Sendable {
        /// Failures are not counted; accounts never lock.
        case off
        /// Locks that end by themselves.
        case temporary
        /// `maxFailures` failures disable the account until someone unlocks it.
        case permanent
        /// Temporary locks, until more than `maxTemporaryLockouts` of them: then permanent.
        case temporaryThenPermanent = "temporary-then-permanent"
    }

    /// How the wait grows with the failure count.
    public enum Strategy: String, CaseIterable, Sendable {
        /// `waitIncrement × ⌊failures / maxFailures⌋`: a longer lock at every multiple.
        case multiple
        /// `waitIncrement × (1 + failures − maxFailures)`: a longer lock at every failure past the limit.
        case linear
    }

    /// Whether accounts lock, and whether the locks end by themselves (brute force on/off, `permanentLockout`).
    public var mode: Mode
    /// Failures that bring the first lock (`failureFactor`); at least 1.
    public var maxFailures: Int
    /// How the wait grows with failures past `maxFailures` (`bruteForceStrategy`).
    public var strategy: Strategy
    /// The wait each step of `strategy` adds, and so the first lock's length (`waitIncrementSeconds`).
    public var waitIncrement: TimeSpan
    /// The longest a temporary lock lasts (`maxFailureWaitSeconds`); at least `waitIncrement`.
    public var maxWait: TimeSpan
    /// Quiet time after which the next failure starts a new count (`maxDeltaTimeSeconds`).
    public var failureReset: TimeSpan
    /// A failure sooner than this after the previous one locks briefly (`quickLoginCheckMilliSeconds`).
    public var quickLoginCheck: TimeSpan
    /// How long a quick-login lock lasts (`minimumQuickLoginWaitSeconds`).
    public var minimumQuickLoginWait: TimeSpan
    /// Temporary lockouts allowed before a permanent one; ≥ 1 in temporary-then-permanent, else 0.
    public var maxTemporaryLockouts: Int

    /// The portal's defaults: 5 failures within 15 minutes lock for 30 minutes.
    ///
    /// (Keycloak's own defaults — 30 failures, 1 minute steps capped at 15 — suit a realm
    /// admin, not a citizen portal; the quick-login and reset settings are Keycloak's.)
    public static let standard = BruteForcePolicy(
        mode: .temporary, maxFailures: 5, strategy: .multiple,
        waitIncrement: .minutes(30), maxWait: .hours(12), failureReset: .minutes(15),
        quickLoginCheck: .milliseconds(1000), minimumQuickLoginWait: .minutes(1), maxTemporaryLockouts: 0)

    /// Makes a policy; `problems()` lists what does not fit together.
    public init(
        mode: Mode, maxFailures: Int, strategy: Strategy, waitIncrement: TimeSpan, maxWait: TimeSpan,
        failureReset: TimeSpan, quickLoginCheck: TimeSpan, minimumQuickLoginWait: TimeSpan, maxTemporaryLockouts: Int
    ) {
        self.mode = mode
        self.maxFailures = maxFailures
        self.strategy = strategy
        self.waitIncrement = waitIncrement
        self.maxWait = maxWait
        self.failureReset = failureReset
        self.quickLoginCheck = quickLoginCheck
        self.minimumQuickLoginWait = minimumQuickLoginWait
        self.maxTemporaryLockouts = maxTemporaryLockouts
    }

    /// Keycloak's `permanentLockout` flag.
    var isPermanentLockout: Bool { mode == .permanent || mode == .temporaryThenPermanent }

    /// Permanent lockout with no temporary stage: Keycloak's special case that neither resets
    /// counts after `failureReset` nor computes waits.
    var isPurePermanent: Bool { mode == .permanent }

    /// The temporary lockouts allowed before a permanent one (0 outside temporary-then-permanent).
    var allowedTemporaryLockouts: Int { mode == .temporaryThenPermanent ? maxTemporaryLockouts : 0 }

    /// Fields that contradict each other, as `(field, what was expected)`.
    public func problems() -> [(field: String, expected: String)] {
        var found: [(String, String)] = []
        if maxFailures < 1 { found.append(("maxFailures", "a whole number ≥ 1")) }
        if mode == .temporaryThenPermanent, maxTemporaryLockouts < 1 {
            found.append(("maxTemporaryLockouts", "a whole number ≥ 1 in mode temporary-then-permanent"))
        }
        if mode != .temporaryThenPermanent, maxTemporaryLockouts != 0 {
            found.append(("maxTemporaryLockouts", "0 unless mode is temporary-then-permanent"))
        }
        if maxWait < waitIncrement, mode == .temporary || mode == .temporaryThenPermanent {
            found.append(("maxWait", "at least waitIncrement (\(waitIncrement))"))
        }
        // A lock of waitIncrement outlasts a shorter reset window, so the first failure after
        // it clears the lockout count, and no lockout would ever become permanent.
        if mode == .temporaryThenPermanent, failureReset <= waitIncrement {
            found.append(("failureReset", "more than waitIncrement (\(waitIncrement)) in mode temporary-then-permanent, "
                + "or the lockout count is cleared before it can grow"))
        }
        return found
    }

    /// One line for people: what this policy does with failures.
    public var summary: String {
        let lock = "\(maxFailures) failures within \(failureReset) lock for \(waitIncrement)"
        return switch mode {
        case .off: "off: failures are not counted"
        case .temporary: "temporary: \(lock) (\(strategy.rawValue), at most \(maxWait))"
        case .permanent: "permanent: \(maxFailures) failures lock the account until the desk unlocks it"
        case .temporaryThenPermanent:
            "temporary-then-permanent: \(lock); more than \(maxTemporaryLockouts) temporary lockouts lock it until the desk unlocks it"
        }
    }
}
