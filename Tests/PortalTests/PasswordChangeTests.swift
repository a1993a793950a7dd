import Testing
@testable import Portal

@Suite("Temporary passwords and changing the password")
struct PasswordChangeTests {
    static let now = Instant(millisecondsSince1970: 1_796_083_200_000)
    static let rules = PasswordChange(policy: .standard)

    static func attempt(at instant: Instant = now) -> LoginAttempt {
        LoginAttempt(at: instant, identifier: "ani.wijaya", ip: IPAddress("36.80.1.2"), device: "phone-1", captcha: .pass,
                     hasCode: false, sessionID: 9)
    }

    static func locked() -> AuthRecord {
        var record = AuthRecord(account: AccountID(7))
        for second in 0..<5 {
            record.bruteForce.recordFailure(at: now - .seconds(60 - second * 10), from: nil, policy: .standard)
        }
        return record
    }

    @Test("a temporary password ends every session, clears a temporary lock, and forces a change and a code")
    func temporary() {
        var record = Self.locked()
        #expect(record.bruteForce.isLocked(at: Self.now))
        var sessions = [Session.start(id: 1, account: AccountID(7), at: Self.now - .minutes(3), ip: nil, device: "phone-1")]
        var events = EventList()
        Self.rules.setTemporary(record: &record, sessions: &sessions, at: Self.now, events: &events)
        #expect(!record.bruteForce.isLocked(at: Self.now) && record.bruteForce.failures == 0)
        #expect(record.mustChangePassword && record.isStepUpDue)
        #expect(sessions.allSatisfy { $0.endedAt == Self.now })
        #expect(events.events.map(\.kind) == [.passwordChanged, .sessionEnded, .lockCleared])
        #expect(events.events.allSatisfy { $0.reason == .temporaryPassword })
    }

    @Test("a permanent lock outlives a temporary password: only unlocking clears it")
    func permanentStays() {
        var record = AuthRecord(account: AccountID(7), bruteForce: BruteForceState(isPermanentlyLocked: true))
        var sessions: [Session] = []
        var events = EventList()
        Self.rules.setTemporary(record: &record, sessions: &sessions, at: Self.now, events: &events)
        #expect(record.bruteForce.isPermanentlyLocked)
    }

    @Test("login with the right temporary password opens nothing until the person chooses their own")
    func loginRefused() {
        var record: AuthRecord? = AuthRecord(account: AccountID(7), mustChangePassword: true)
        var source: SourceRecord?
        var events = EventList()
        let outcome = LoginFlow(policy: .standard).submitPassword(
            Self.attempt(), to: &record, from: &source, conditions: .allUp, passwordMatches: { true }, codeMatches: { false },
            events: &events)
        #expect(outcome == .refused(.mustChangePassword))
        #expect(record?.bruteForce.failures == 0)
        #expect(outcome.message() != LoginOutcome.refused(.wrongPassword).message())
    }

    @Test("choosing a new password clears the forced change")
    func change() {
        var record = AuthRecord(account: AccountID(7), mustChangePassword: true)
        var events = EventList()
        let outcome = Self.rules.change(Self.attempt(), record: &record, conditions: .allUp, currentMatches: { true },
                                        newPasswordProblem: nil, events: &events)
        #expect(outcome == .changed && !record.mustChangePassword)
        #expect(events.events.map(\.kind) == [.passwordChanged])
        #expect(events.events.first?.reason == .mustChangePassword)
    }

    @Test("a wrong current password is a failed login, counted by the lockout rule")
    func wrongCurrent() {
        var record = AuthRecord(account: AccountID(7))
        var events = EventList()
        let outcome = Self.rules.change(Self.attempt(), record: &record, conditions: .allUp, currentMatches: { false },
                                        newPasswordProblem: nil, events: &events)
        #expect(outcome == .refused(.wrongPassword))
        #expect(record.bruteForce.failures == 1)
        #expect(events.events.first?.kind == .loginFailed)
    }

    @Test("a new password the policy refuses changes nothing; a locked account cannot change either")
    func refusals() {
        var record = AuthRecord(account: AccountID(7), mustChangePassword: true)
        var events = EventList()
        #expect(Self.rules.change(Self.attempt(), record: &record, conditions: .allUp, currentMatches: { true },
                                  newPasswordProblem: .common, events: &events) == .refused(.passwordRefused))
        #expect(record.mustChangePassword)
        var locked = Self.locked()
        #expect(Self.rules.change(Self.attempt(), record: &locked, conditions: .allUp, currentMatches: { true },
                                  newPasswordProblem: nil, events: &events) == .refused(.lockedTemporary))
    }
}
