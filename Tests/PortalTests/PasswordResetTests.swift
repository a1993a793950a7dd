import Testing
@testable import Portal

@Suite("Password reset")
struct PasswordResetTests {
    static let now = Instant(millisecondsSince1970: 1_796_083_200_000)
    static let rules = PasswordReset(policy: .standard)

    static func account(phone: Bool = true) throws -> Account {
        Account(id: AccountID(7), username: try Username("ani.wijaya"), email: try EmailAddress("ani@example.id"),
                phone: phone ? try PhoneNumber("081234567890") : nil, createdAt: now)
    }

    static func request(_ account: Account?, via channel: Channel = .sms, recent: [Instant] = [],
                        conditions: PlatformConditions = .allUp) -> (PasswordReset.RequestOutcome, [Event]) {
        var events = EventList()
        let outcome = rules.request(for: account, identifier: LoginFlow.loggable("ani.wijaya"), on: channel, at: now, ip: nil,
                                    recentRequests: recent, conditions: conditions, events: &events)
        return (outcome, events.events)
    }

    @Test("a request sends to the account's own channel")
    func sends() throws {
        let (outcome, events) = Self.request(try Self.account())
        #expect(outcome == .send(channel: .sms, isDelivered: true))
        #expect(events.map(\.reason) == [.ok])
    }

    @Test("nothing is sent, with the same answer, for an unknown account, a missing phone or too many requests")
    func sameAnswer() throws {
        let cases = [
            Self.request(nil),
            Self.request(try Self.account(phone: false)),
            Self.request(try Self.account(), recent: [Self.now - .minutes(50), Self.now - .minutes(20), Self.now - .minutes(1)]),
        ]
        #expect(cases.map(\.0) == [.nothing(.unknownAccount), .nothing(.noPhoneOnFile), .nothing(.rateLimited)])
        #expect(Set(cases.map(\.0.message)).count == 1)
        #expect(Set(cases.map { $0.1.first?.kind }) == [.resetRequested])
    }

    @Test("asked by account number and whether it has an address, a request does what it does for the account")
    func byAccountNumber() throws {
        for (phone, channel) in [(true, Channel.sms), (false, .sms), (false, .email)] {
            let account = try Self.account(phone: phone)
            for recent in [[], [Self.now - .minutes(50), Self.now - .minutes(20), Self.now - .minutes(1)]] {
                var events = EventList()
                let outcome = Self.rules.request(forAccount: account.id, hasAddress: account.address(on: channel) != nil,
                                                 on: channel, at: Self.now, ip: nil, recentRequests: recent,
                                                 conditions: .allUp, events: &events)
                let (expected, expectedEvents) = Self.request(account, via: channel, recent: recent)
                #expect(outcome == expected)
                #expect(events.events == expectedEvents)
            }
        }
    }

    @Test("requests older than an hour do not count against the limit")
    func hourWindow() throws {
        let old = [Self.now - .minutes(61), Self.now - .minutes(90), Self.now - .minutes(120)]
        #expect(Self.request(try Self.account(), recent: old).0 == .send(channel: .sms, isDelivered: true))
    }

    @Test("with the e-mail gateway down the link is not delivered")
    func gatewayDown() throws {
        var conditions = PlatformConditions()
        conditions.setDown(.email, because: .underMaintenance)
        let (outcome, events) = Self.request(try Self.account(), via: .email, conditions: conditions)
        #expect(outcome == .send(channel: .email, isDelivered: false))
        #expect(events.first?.component == .email)
    }

    struct Completion {
        var record = AuthRecord(account: AccountID(7))
        var tokens = [ResetToken(id: 2, channel: .sms, at: PasswordResetTests.now - .minutes(5), policy: .standard),
                      ResetToken(id: 1, channel: .email, at: PasswordResetTests.now - .minutes(10), policy: .standard)]
        var sessions = [Session(id: 4, account: AccountID(7), at: PasswordResetTests.now - .minutes(2), ip: nil, device: "phone-1")]
        var events = EventList()

        mutating func complete(matching id: Int64?, at now: Instant = PasswordResetTests.now,
                               problem: PasswordProblem? = nil) -> PasswordReset.Completion {
            PasswordResetTests.rules.complete(record: &record, tokens: &tokens, sessions: &sessions, at: now, ip: nil,
                                              passwordProblem: problem, matches: { $0.id == id }, events: &events)
        }
    }

    @Test("completing ends every session, clears a temporary lock, asks for a code next time and kills other tokens")
    func completes() {
        var completion = Completion()
        completion.record.bruteForce = BruteForceState(failures: 5, temporaryLockouts: 1, lastFailure: Self.now,
                                                       notBefore: Self.now + .minutes(30))
        #expect(completion.complete(matching: 2) == .completed(tokenID: 2))
        #expect(completion.record.bruteForce == BruteForceState())
        #expect(completion.record.isStepUpDue)
        #expect(completion.sessions.allSatisfy { $0.endReason == .resetCompleted })
        #expect(completion.tokens.allSatisfy { $0.usedAt == Self.now })
        #expect(completion.events.events.map(\.kind) == [.resetCompleted, .sessionEnded, .lockCleared])
        #expect(completion.complete(matching: 2) == .refused(.tokenUsed))
    }

    @Test("a permanent lock stays after a reset: only the desk lifts it")
    func permanentStays() {
        var completion = Completion()
        completion.record.bruteForce.isPermanentlyLocked = true
        #expect(completion.complete(matching: 1) == .completed(tokenID: 1))
        #expect(completion.record.bruteForce.isPermanentlyLocked)
    }

    @Test("an expired token, a wrong one and a refused new password change nothing")
    func refusals() {
        var completion = Completion()
        #expect(completion.complete(matching: 1, at: Self.now + .minutes(25)) == .refused(.tokenExpired))
        #expect(completion.complete(matching: nil) == .refused(.tokenWrong))
        #expect(completion.complete(matching: 2, problem: .tooShort(minimum: 8)) == .refused(.passwordRefused))
        #expect(completion.sessions.allSatisfy { $0.endedAt == nil })
        #expect(!completion.record.isStepUpDue)
    }

    @Test("wrong tokens use up the live ones, so an SMS code cannot be guessed")
    func guessing() {
        var completion = Completion()
        for _ in 1...5 { _ = completion.complete(matching: nil) }
        #expect(completion.complete(matching: 2) == .refused(.tokenExhausted))
    }
}
