import Testing
@testable import Portal

/// The desk's unlock rule: a lock in force is cleared with its count and logged; anything else
/// is left alone.
@Suite("The desk's unlock rule")
struct UnlockRuleTests {
    static let start = Instant(millisecondsSince1970: 1_796_083_200_000)
    static let policy = BruteForcePolicy.standard

    /// An account after `count` wrong passwords ten seconds apart from `start`.
    static func record(failures count: Int, policy: BruteForcePolicy = policy) -> AuthRecord {
        var record = AuthRecord(account: AccountID(7))
        for step in 0..<count {
            record.bruteForce.recordFailure(at: start + .seconds(Int64(step) * 10), from: IPAddress("36.80.1.2"), policy: policy)
        }
        return record
    }

    @Test("a temporary lock is cleared with its count, and one lock-cleared event says so")
    func temporary() {
        var record = Self.record(failures: 5)
        let now = Self.start + .minutes(5)
        guard case .temporary(let until) = record.bruteForce.lock(at: now) else {
            Issue.record("expected a temporary lock")
            return
        }
        var events = EventList()
        let outcome = record.unlock(at: now, policy: Self.policy, events: &events)
        #expect(outcome == .cleared(.temporary(until: until), failures: 5))
        #expect(record.bruteForce == BruteForceState())
        #expect(events.events == [Event(at: now, account: AccountID(7), kind: .lockCleared, reason: .deskUnlock,
                                        detail: .cleared(failures: 5, wasLocked: true))])
        #expect(events.events.first?.detail?.description == "failures=5 locked=1")
    }

    @Test("a permanent lock is cleared: only the desk can")
    func permanent() {
        var policy = Self.policy
        policy.mode = .permanent
        policy.maxWait = .zero
        var record = Self.record(failures: 5, policy: policy)
        let now = Self.start + .days(3)
        #expect(record.bruteForce.lock(at: now) == .permanent)
        var events = EventList()
        #expect(record.unlock(at: now, policy: policy, events: &events) == .cleared(.permanent, failures: 5))
        #expect(!record.bruteForce.isLocked(at: now))
        #expect(events.events.map(\.reason) == [.deskUnlock])
    }

    @Test("a count below the limit is not a lock: nothing changes, nothing is logged", arguments: [0, 3])
    func notLocked(failures: Int) {
        var record = Self.record(failures: failures)
        let before = record
        var events = EventList()
        #expect(record.unlock(at: Self.start + .minutes(1), policy: Self.policy, events: &events) == .notLocked(failures: failures))
        #expect(record == before)
        #expect(events.events.isEmpty)
    }

    @Test("a lock that has run out is not cleared again; its stale count is left to the next failure")
    func expired() {
        var record = Self.record(failures: 5)
        let before = record
        var events = EventList()
        #expect(record.unlock(at: Self.start + .hours(1), policy: Self.policy, events: &events) == .notLocked(failures: 0))
        #expect(record == before)
        #expect(events.events.isEmpty)
    }

    @Test("after an unlock the next wrong password starts a new count: no lock until the limit again")
    func freshCount() {
        var record = Self.record(failures: 5)
        let now = Self.start + .minutes(2)
        var events = EventList()
        record.unlock(at: now, policy: Self.policy, events: &events)
        for step in 1...4 {
            #expect(record.bruteForce.recordFailure(at: now + .seconds(Int64(step) * 10), from: nil, policy: Self.policy) == nil)
        }
        #expect(record.bruteForce.failures == 4)
        #expect(record.bruteForce.recordFailure(at: now + .seconds(50), from: nil, policy: Self.policy) != nil)
    }
}
