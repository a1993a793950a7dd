import Testing
@testable import Portal

/// Keycloak's brute-force detection, replayed: each case is a policy and a series of wrong
/// passwords at times in seconds; after each, what the account looks like. An attempt while
/// locked is refused and not counted (the login flow's step 4), so it reads "refused".
@Suite("The lockout rule (Keycloak's DefaultBruteForceProtector)")
struct LockoutRuleTests {
    /// 3 failures; a minute per step, at most 5; counts reset after 10 quiet minutes;
    /// failures under a second apart lock for a minute.
    static let base = BruteForcePolicy(
        mode: .temporary, maxFailures: 3, strategy: .multiple, waitIncrement: .seconds(60), maxWait: .seconds(300),
        failureReset: .seconds(600), quickLoginCheck: .milliseconds(1000), minimumQuickLoginWait: .seconds(60),
        maxTemporaryLockouts: 0)

    static func policy(_ change: (inout BruteForcePolicy) -> Void) -> BruteForcePolicy {
        var policy = base
        change(&policy)
        return policy
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let policy: BruteForcePolicy
        let steps: [(at: Double, then: String)]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "temporary, multiple: a lock at every failure from the limit, longer at each multiple", policy: base, steps: [
            (0, "failures=1 lockouts=0"),
            (10, "failures=2 lockouts=0"),
            (20, "failures=3 lockouts=1 until=80"),
            (30, "refused"),
            (79.999, "refused"),
            (80, "failures=4 lockouts=2 until=140"),
            (140, "failures=5 lockouts=3 until=200"),
            (200, "failures=6 lockouts=4 until=320"),
            (320, "failures=7 lockouts=5 until=440"),
            (440, "failures=8 lockouts=6 until=560"),
            (560, "failures=9 lockouts=7 until=740"),
        ]),
        Case(name: "temporary, linear: the wait grows by one step per failure past the limit", policy: policy { $0.strategy = .linear }, steps: [
            (0, "failures=1 lockouts=0"),
            (10, "failures=2 lockouts=0"),
            (20, "failures=3 lockouts=1 until=80"),
            (80, "failures=4 lockouts=2 until=200"),
            (200, "failures=5 lockouts=3 until=380"),
            (380, "failures=6 lockouts=4 until=620"),
            (620, "failures=7 lockouts=5 until=920"),
            (920, "failures=8 lockouts=6 until=1220"),
        ]),
        Case(name: "maxWait caps the wait", policy: policy { $0.maxWait = .seconds(90) }, steps: [
            (0, "failures=1 lockouts=0"), (10, "failures=2 lockouts=0"), (20, "failures=3 lockouts=1 until=80"),
            (80, "failures=4 lockouts=2 until=140"), (140, "failures=5 lockouts=3 until=200"),
            (200, "failures=6 lockouts=4 until=290"),
        ]),
        Case(name: "lock times are whole seconds, as in Keycloak", policy: base, steps: [
            (0, "failures=1 lockouts=0"), (10, "failures=2 lockouts=0"), (20.7, "failures=3 lockouts=1 until=80"),
        ]),
        Case(name: "a failure more than failureReset after the previous one starts the count again", policy: base, steps: [
            (0, "failures=1 lockouts=0"),
            (10, "failures=2 lockouts=0"),
            (611, "failures=1 lockouts=0"),
            (620, "failures=2 lockouts=0"),
            (630, "failures=3 lockouts=1 until=690"),
        ]),
        Case(name: "the reset clears the lockout count and the lock too", policy: base, steps: [
            (0, "failures=1 lockouts=0"), (10, "failures=2 lockouts=0"), (20, "failures=3 lockouts=1 until=80"),
            (700, "failures=1 lockouts=0"),
        ]),
        Case(name: "after a reset the failure that caused it is not a previous failure: no quick-login lock (Keycloak zeroes lastFailure)",
             policy: base, steps: [
            (0, "failures=1 lockouts=0"),
            (611, "failures=1 lockouts=0"),
            (611.5, "failures=2 lockouts=0"),
        ]),
        Case(name: "after a reset the next failure counts however late it comes (Keycloak zeroes lastFailure)", policy: base, steps: [
            (0, "failures=1 lockouts=0"),
            (611, "failures=1 lockouts=0"),
            (2000, "failures=2 lockouts=0"),
            (2010, "failures=3 lockouts=1 until=2070"),
        ]),
        Case(name: "quick login: a failure within quickLoginCheck locks for minimumQuickLoginWait, not a lockout", policy: base, steps: [
            (0, "failures=1 lockouts=0"),
            (0.5, "failures=2 lockouts=0 until=60"),
            (30, "refused"),
            (60, "failures=3 lockouts=1 until=120"),
        ]),
        Case(name: "quick login does not apply when a wait is already due", policy: base, steps: [
            (0, "failures=1 lockouts=0"), (10, "failures=2 lockouts=0"), (10.2, "failures=3 lockouts=1 until=70"),
        ]),
        Case(name: "permanent: maxFailures failures disable the account", policy: policy { $0.mode = .permanent }, steps: [
            (0, "failures=1 lockouts=0"),
            (10, "failures=2 lockouts=0"),
            (20, "failures=3 lockouts=0 permanent"),
            (5000, "refused"),
        ]),
        Case(name: "permanent: failures never reset with time", policy: policy { $0.mode = .permanent }, steps: [
            (0, "failures=1 lockouts=0"), (700, "failures=2 lockouts=0"), (1400, "failures=3 lockouts=0 permanent"),
        ]),
        Case(name: "permanent: the quick-login lock still applies", policy: policy { $0.mode = .permanent }, steps: [
            (0, "failures=1 lockouts=0"), (0.5, "failures=2 lockouts=0 until=60"), (30, "refused"),
            (60, "failures=3 lockouts=0 permanent"),
        ]),
        Case(name: "temporary-then-permanent: permanent when lockouts exceed maxTemporaryLockouts",
             policy: policy { $0.mode = .temporaryThenPermanent; $0.maxTemporaryLockouts = 2 }, steps: [
            (0, "failures=1 lockouts=0"),
            (10, "failures=2 lockouts=0"),
            (20, "failures=3 lockouts=1 until=80"),
            (80, "failures=4 lockouts=2 until=140"),
            (140, "failures=5 lockouts=3 permanent"),
            (200, "refused"),
        ]),
        Case(name: "temporary-then-permanent: quiet time resets the lockout count",
             policy: policy { $0.mode = .temporaryThenPermanent; $0.maxTemporaryLockouts = 1 }, steps: [
            (0, "failures=1 lockouts=0"), (10, "failures=2 lockouts=0"), (20, "failures=3 lockouts=1 until=80"),
            (1000, "failures=1 lockouts=0"), (1010, "failures=2 lockouts=0"), (1020, "failures=3 lockouts=1 until=1080"),
            (1080, "failures=4 lockouts=2 permanent"),
        ]),
        Case(name: "a failure exactly failureReset after the previous one still counts (the reset needs more)", policy: base, steps: [
            (0, "failures=1 lockouts=0"), (600, "failures=2 lockouts=0"), (1200, "failures=3 lockouts=1 until=1260"),
        ]),
        Case(name: "a failure exactly quickLoginCheck after the previous one is not quick", policy: base, steps: [
            (0, "failures=1 lockouts=0"), (1, "failures=2 lockouts=0"),
        ]),
        Case(name: "quickLoginCheck 0s turns the quick-login lock off", policy: policy { $0.quickLoginCheck = .zero }, steps: [
            (0, "failures=1 lockouts=0"), (0.001, "failures=2 lockouts=0"), (0.002, "failures=3 lockouts=1 until=60"),
        ]),
        Case(name: "linear: quick login applies while the wait is still negative", policy: policy { $0.strategy = .linear }, steps: [
            (0, "failures=1 lockouts=0"), (0.2, "failures=2 lockouts=0 until=60"),
        ]),
        Case(name: "temporary-then-permanent with the linear strategy",
             policy: policy { $0.mode = .temporaryThenPermanent; $0.maxTemporaryLockouts = 2; $0.strategy = .linear }, steps: [
            (0, "failures=1 lockouts=0"), (10, "failures=2 lockouts=0"), (20, "failures=3 lockouts=1 until=80"),
            (80, "failures=4 lockouts=2 until=200"), (200, "failures=5 lockouts=3 permanent"),
        ]),
        Case(name: "temporary-then-permanent: maxWait caps the temporary locks",
             policy: policy { $0.mode = .temporaryThenPermanent; $0.maxTemporaryLockouts = 5; $0.maxWait = .seconds(90) }, steps: [
            (0, "failures=1 lockouts=0"), (10, "failures=2 lockouts=0"), (20, "failures=3 lockouts=1 until=80"),
            (80, "failures=4 lockouts=2 until=140"), (140, "failures=5 lockouts=3 until=200"),
            (200, "failures=6 lockouts=4 until=290"),
        ]),
        Case(name: "off: nothing is counted", policy: policy { $0.mode = .off }, steps: [
            (0, "failures=0 lockouts=0"), (0.1, "failures=0 lockouts=0"), (0.2, "failures=0 lockouts=0"), (0.3, "failures=0 lockouts=0"),
        ]),
    ]

    static let start = Instant(millisecondsSince1970: 1_796_083_200_000)  // 2026-12-01T00:00:00Z

    static func at(_ seconds: Double) -> Instant {
        start + .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// What one wrong password at `seconds` did, written like the table.
    static func attempt(_ state: inout BruteForceState, at seconds: Double, policy: BruteForcePolicy) -> String {
        let now = at(seconds)
        if state.isLocked(at: now) { return "refused" }
        state.recordFailure(at: now, from: nil, policy: policy)
        var text = "failures=\(state.failures) lockouts=\(state.temporaryLockouts)"
        switch state.lock(at: now) {
        case .none: break
        case .temporary(let until):
            let offset = Double((until - start).milliseconds) / 1000
            text += offset == offset.rounded() ? " until=\(Int(offset))" : " until=\(offset)"
        case .permanent: text += " permanent"
        }
        return text
    }

    @Test(arguments: cases)
    func replays(_ example: Case) {
        var state = BruteForceState()
        for step in example.steps {
            let result = Self.attempt(&state, at: step.at, policy: example.policy)
            #expect(result == step.then, "at \(step.at)s")
        }
    }

    @Test("a lock ends by itself at its until instant")
    func lockEnds() {
        var state = BruteForceState()
        for second in [0.0, 10, 20] { _ = Self.attempt(&state, at: second, policy: Self.base) }
        #expect(state.lock(at: Self.at(79.999)) == .temporary(until: Self.at(80)))
        #expect(state.lock(at: Self.at(80)) == .none)
    }

    @Test("clearing forgets everything, permanent lock included")
    func clearing() {
        var state = BruteForceState()
        for second in [0.0, 10, 20] { _ = Self.attempt(&state, at: second, policy: Self.policy { $0.mode = .permanent }) }
        #expect(state.isPermanentlyLocked)
        state.clear()
        #expect(state == BruteForceState())
    }

    @Test("a success clears the count: the next failure is the first")
    func successMidSequence() {
        var state = BruteForceState()
        for second in [0.0, 10] { _ = Self.attempt(&state, at: second, policy: Self.base) }
        state.clear()
        #expect(Self.attempt(&state, at: 11, policy: Self.base) == "failures=1 lockouts=0")
        #expect(Self.attempt(&state, at: 21, policy: Self.base) == "failures=2 lockouts=0")
        #expect(Self.attempt(&state, at: 31, policy: Self.base) == "failures=3 lockouts=1 until=91")
    }

    @Test("the desk sees the failures that still count: none once failureReset has passed")
    func effectiveFailures() {
        var state = BruteForceState()
        for second in [0.0, 10] { _ = Self.attempt(&state, at: second, policy: Self.base) }
        #expect(state.effectiveFailures(at: Self.at(610), policy: Self.base) == 2)
        #expect(state.effectiveFailures(at: Self.at(611), policy: Self.base) == 0)
        #expect(state.effectiveFailures(at: Self.at(611), policy: Self.policy { $0.mode = .permanent }) == 2)
    }

    @Test("a failure reports the lock it caused")
    func reportsChange() {
        var state = BruteForceState()
        #expect(state.recordFailure(at: Self.at(0), from: nil, policy: Self.base) == nil)
        #expect(state.recordFailure(at: Self.at(0.5), from: nil, policy: Self.base) == .temporary(until: Self.at(60), isQuickLogin: true))
        #expect(state.recordFailure(at: Self.at(60), from: IPAddress("36.80.1.2"), policy: Self.base)
            == .temporary(until: Self.at(120), isQuickLogin: false))
        #expect(state.lastFailureIP == IPAddress("36.80.1.2"))
    }

    @Test("policies that contradict themselves are refused", arguments: [
        (policy { $0.mode = .temporaryThenPermanent; $0.maxTemporaryLockouts = 0 }, "maxTemporaryLockouts"),
        (policy { $0.maxTemporaryLockouts = 2 }, "maxTemporaryLockouts"),
        (policy { $0.maxWait = .seconds(30) }, "maxWait"),
        (policy { $0.maxFailures = 0 }, "maxFailures"),
        (policy { $0.mode = .temporaryThenPermanent; $0.maxTemporaryLockouts = 1; $0.failureReset = .seconds(60) }, "failureReset"),
    ])
    func problems(_ policy: BruteForcePolicy, field: String) {
        #expect(policy.problems().map(\.field) == [field])
    }

    @Test("the standard policy is consistent")
    func standardIsConsistent() {
        #expect(BruteForcePolicy.standard.problems().isEmpty)
    }

    @Test("each mode is summed up in words", arguments: [
        (BruteForcePolicy.Mode.off, "off: failures are not counted"),
        (.temporary, "temporary: 3 failures within 10m lock for 1m (multiple, at most 5m)"),
        (.permanent, "permanent: 3 failures lock the account until the desk unlocks it"),
        (.temporaryThenPermanent,
         "temporary-then-permanent: 3 failures within 10m lock for 1m; more than 0 temporary lockouts lock it until the desk unlocks it"),
    ])
    func summary(mode: BruteForcePolicy.Mode, text: String) {
        #expect(Self.policy { $0.mode = mode }.summary == text)
    }
}
