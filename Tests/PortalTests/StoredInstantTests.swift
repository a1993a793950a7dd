import Testing
@testable import Portal

/// The login records keep their optional times as one word (`Int64.min` for none), and give
/// them back as the instants they were set to.
@Suite("Login records' stored times")
struct StoredInstantTests {
    let instant = Instant(millisecondsSince1970: 1_796_000_000_123)

    @Test("An instant and none round-trip through the stored form")
    func roundTrip() {
        #expect(Instant(storedMilliseconds: Optional(instant).storedMilliseconds) == instant)
        #expect(Instant(storedMilliseconds: Instant?.none.storedMilliseconds) == nil)
        #expect(Instant?.none.storedMilliseconds == Instant.noneMilliseconds)
        #expect(Instant(storedMilliseconds: -1) == Instant(millisecondsSince1970: -1))
    }

    @Test("A brute-force record made from stored times is the one made from instants")
    func bruteForceFromStored() {
        let ip = IPAddress(ipv4: 0x2450_0102)
        let stored = BruteForceState(failures: 2, temporaryLockouts: 1, lastFailureMilliseconds: instant.millisecondsSince1970,
                                     notBeforeMilliseconds: Instant.noneMilliseconds, isPermanentlyLocked: false, lastFailureIP: ip)
        #expect(stored == BruteForceState(failures: 2, temporaryLockouts: 1, lastFailure: instant, notBefore: nil, lastFailureIP: ip))
        #expect(stored.lastFailure == instant)
        #expect(stored.notBefore == nil)
    }

    @Test("Setting a time sets its stored form, and nil clears it")
    func settingTimes() {
        var force = BruteForceState()
        force.notBefore = instant
        #expect(force.notBeforeMilliseconds == instant.millisecondsSince1970)
        force.notBefore = nil
        #expect(force.notBeforeMilliseconds == Instant.noneMilliseconds)
        #expect(force == BruteForceState())

        var record = AuthRecord(account: AccountID(7))
        #expect(record.lastLoginMilliseconds == Instant.noneMilliseconds)
        record.lastLoginAt = instant
        #expect(record.lastLoginMilliseconds == instant.millisecondsSince1970)
        #expect(record == AuthRecord(account: AccountID(7), lastLoginAt: instant))
    }
}

/// An address's record keeps its times the same way.
@Suite("Address records' stored times")
struct SourceRecordStoredTimesTests {
    @Test("Times set are the times read, and a record with none is the clean one")
    func times() {
        let at = Instant(millisecondsSince1970: 1_796_000_000_000)
        var record = SourceRecord(failures: 3, lastFailure: at, blockedUntil: nil)
        #expect(record.lastFailure == at)
        #expect(record.blockedUntil == nil)
        record.blockedUntil = at
        #expect(record == SourceRecord(failures: 3, lastFailure: at, blockedUntil: at))
        #expect(record != SourceRecord(failures: 3, lastFailure: at, blockedUntil: nil))
        record = SourceRecord(failures: 0, lastFailure: at)
        record.lastFailure = nil
        #expect(record == SourceRecord())
    }
}
