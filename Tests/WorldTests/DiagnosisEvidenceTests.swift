import Foundation
import Portal
import Testing
@testable import World

@Suite("What a diagnosis reads about one account")
struct DiagnosisEvidenceTests {
    @Test("the account, its session, reset link, events and the forced password change, in one read")
    func gathered() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 9)
        _ = try world.addAccount(try Fixtures.ani(secondFactor: .none), password: Fixtures.password, random: &random)
        let login = try world.login(LoginRequest(identifier: "ani.wijaya", password: Fixtures.password, ip: IPAddress("36.80.1.2"),
                                                 device: "phone-1"), random: &random)
        #expect(login.outcome == .loggedIn)
        try world.advanceClock(by: .minutes(5))
        _ = try world.requestReset("ani.wijaya", via: .email, ip: nil, random: &random)
        // What a desk temporary password leaves behind (that command sets it; here by hand).
        try world.connection.run("UPDATE accounts SET must_change_password = 1 WHERE username = 'ani.wijaya'")

        let evidence = try world.diagnosisEvidence(of: "ani@example.id")
        #expect(evidence.account.username.value == "ani.wijaya")
        #expect(evidence.now == Fixtures.start + .minutes(5))
        #expect(evidence.mustChangePassword)
        #expect(evidence.lastLoginAt == Fixtures.start)
        #expect(evidence.sessions.map(\.id) == [1])
        #expect(evidence.resetTokens.map(\.expiresAt) == [Fixtures.start + .minutes(35)])
        #expect(evidence.events.map(\.event.kind) == [.accountCreated, .loginSucceeded, .resetRequested])
        #expect(!evidence.isTruncated)
        #expect(evidence.lock.lock == .none && evidence.countedFailures == 0)
        #expect(evidence.periods.isEmpty && evidence.phishingVisits.isEmpty && evidence.applications.isEmpty)
        #expect(evidence.rightPasswordSources == [IPAddress("36.80.1.2")!: 0])
    }

    @Test("only the last 7 days and the newest 500 events are read, oldest first")
    func bounded() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 9)
        let ani = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        var events = [Event(at: Fixtures.start - .days(8), account: ani.id, kind: .ticketOpened, reason: .ok)]
        for second in 0..<600 {
            events.append(Event(at: Fixtures.start + .seconds(Int64(second)), account: ani.id, kind: .loginFailed, reason: .captchaFailed))
        }
        try world.transaction { _ in try world.append(events) }
        try world.advanceClock(by: .hours(1))
        let evidence = try world.diagnosisEvidence(of: "ani.wijaya")
        #expect(evidence.events.count == DiagnosisEvidence.eventLimit)
        #expect(evidence.isTruncated)
        #expect(evidence.events.first?.event.at == Fixtures.start + .seconds(100))
        #expect(evidence.events.last?.event.at == Fixtures.start + .seconds(599))
    }

    @Test("a name no account has: unknownAccount with the closest usernames and e-mails")
    func unknown() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 9)
        _ = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        #expect(throws: WorldError.unknownAccount("ani.wijaja", suggestions: ["ani.wijaya"])) {
            try world.diagnosisEvidence(of: "ani.wijaja")
        }
    }
}
