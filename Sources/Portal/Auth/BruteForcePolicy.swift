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

    public var mode: Mode
    public var maxFailures: Int
    public var strategy: Strategy
    public var waitIncrement: TimeSpan
    public var maxWait: TimeSpan
    public var failureReset: TimeSpan
    public var quickLoginCheck: TimeSpan
    public var minimumQuickLoginWait: TimeSpan
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
        return found
    }
}
