import Testing
@testable import Portal

@Suite("Sessions and one-time-code challenges")
struct SessionTests {
    static let start = Instant(millisecondsSince1970: 1_796_083_200_000)
    static let policy = SessionPolicy(idle: .minutes(30), absolute: .hours(2))

    @Test("a session idles out 30 minutes after its last request")
    func idle() {
        var session = Session(id: 1, account: AccountID(1), at: Self.start, ip: nil, device: nil)
        let kept = session.touch(at: Self.start + .minutes(29), policy: Self.policy)
        #expect(kept)
        #expect(session.isActive(at: Self.start + .minutes(58), policy: Self.policy))
        #expect(session.state(at: Self.start + .minutes(59), policy: Self.policy) == .idleExpired(at: Self.start + .minutes(59)))
        let revived = session.touch(at: Self.start + .minutes(60), policy: Self.policy)
        #expect(!revived)
    }

    @Test("a busy session still ends at the absolute timeout")
    func absolute() {
        var session = Session(id: 1, account: AccountID(1), at: Self.start, ip: nil, device: nil)
        for minute in stride(from: 20, through: 100, by: 20) {
            let kept = session.touch(at: Self.start + .minutes(minute), policy: Self.policy)
            #expect(kept)
        }
        #expect(session.state(at: Self.start + .hours(2), policy: Self.policy) == .absoluteExpired(at: Self.start + .hours(2)))
    }

    @Test("logging out ends a session once, with an event")
    func logout() {
        var session = Session.start(id: 3, account: AccountID(1), at: Self.start, ip: nil, device: "phone-1")
        var events = EventList()
        session.end(at: Self.start + .minutes(1), reason: .logout, policy: Self.policy, events: &events)
        session.end(at: Self.start + .minutes(2), reason: .logout, policy: Self.policy, events: &events)
        #expect(session.state(at: Self.start + .minutes(5), policy: Self.policy) == .ended(.logout, at: Self.start + .minutes(1)))
        #expect(events.events.map(\.kind) == [.sessionEnded])
        #expect(events.events.first?.detail == .session(3))
    }

    @Test("a challenge is live, then expired; used and exhausted ones stay so")
    func challenge() {
        let otp = OTPPolicy.standard
        var challenge = OTPChallenge(channel: .sms, reason: .secondFactorEnrolled, device: nil, at: Self.start, isDelivered: true, policy: otp)
        #expect(challenge.state(at: Self.start + .minutes(4), policy: otp) == .live)
        #expect(challenge.state(at: Self.start + .minutes(5), policy: otp) == .expired)
        let resent = challenge.resend(at: Self.start + .minutes(1), isDelivered: true, policy: otp)
        #expect(resent)
        #expect(challenge.expiresAt == Self.start + .minutes(6))
        var asked = false
        #expect(challenge.check(at: Self.start + .minutes(7), policy: otp, matches: { asked = true; return true }) == .refused(.expired))
        #expect(!asked)
        #expect(challenge.check(at: Self.start + .minutes(2), policy: otp, matches: { true }) == .accepted)
        #expect(challenge.state(at: Self.start + .minutes(2), policy: otp) == .used)
    }
}
