import Foundation
import Portal
import Testing
@testable import World

@Suite("Login, lockout and reset on a world file")
struct LoginStoreTests {
    static func login(_ world: WorldStore, password: String = Fixtures.password, code: String? = nil,
                      device: DeviceLabel = "browser-1", random: inout Xoshiro256StarStar) throws -> LoginResult {
        try world.login(LoginRequest(identifier: "ani.wijaya", password: password, code: code, ip: IPAddress("36.80.1.2"),
                                     device: device), random: &random)
    }

    static func code(_ world: WorldStore) throws -> String {
        let body = try #require(try world.outbox().last?.body)
        return String(try #require(body.split(whereSeparator: { !$0.isNumber }).first { $0.count >= 6 }))
    }

    @Test("a login with SMS as second factor: a code goes to the outbox, the right code starts a session")
    func loginWithCode() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 5)
        _ = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)

        let first = try Self.login(world, random: &random)
        #expect(first.outcome == .codeSent(channel: .sms, isDelivered: true, isResend: false))
        #expect(first.destination == "+62 ***-****-7890")
        let message = try #require(try world.outbox().last)
        #expect(message.recipient == "+6281234567890")
        #expect(message.body.hasPrefix("Kode verifikasi GO ID Anda: "))

        let wrong = try Self.login(world, code: "000000", random: &random)
        #expect(wrong.outcome == .codeRejected(.otpWrong, triesLeft: 2))
        try world.advanceClock(by: .seconds(30))
        let right = try Self.login(world, code: try Self.code(world), random: &random)
        #expect(right.outcome == .loggedIn)
        #expect(right.sessionID == 1)
        #expect(try world.overview(of: "ani.wijaya").activeSessions.map(\.id) == [1])
        let last = try world.events(for: nil).suffix(2).map(\.event)
        #expect(last.map(\.kind) == [.otpVerified, .loginSucceeded])
        #expect(last.last?.detail?.value("session") == "1")
    }

    @Test("wrong passwords lock the account; the lock shows and ends with the clock")
    func lockout() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 5)
        _ = try world.addAccount(try Fixtures.ani(secondFactor: .none), password: Fixtures.password, random: &random)
        for _ in 1...5 {
            #expect(try Self.login(world, password: "wrong-guess-1", random: &random).outcome == .refused(.wrongPassword))
            try world.advanceClock(by: .seconds(10))
        }
        let locked = try world.overview(of: "ani.wijaya")
        #expect(locked.lock == .temporary(until: Fixtures.start + .seconds(40) + .minutes(30)))
        #expect(locked.bruteForce.failures == 5)
        #expect(try Self.login(world, random: &random).outcome == .refused(.lockedTemporary))
        try world.advanceClock(by: .minutes(30))
        #expect(try Self.login(world, random: &random).outcome == .loggedIn)
        #expect(try world.overview(of: "ani.wijaya").bruteForce == BruteForceState())
    }

    @Test("a reset by SMS: same answer for anyone, ends sessions, clears the lock, asks a code at the next login")
    func reset() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 9)
        _ = try world.addAccount(try Fixtures.ani(secondFactor: .none), password: Fixtures.password, random: &random)
        #expect(try Self.login(world, random: &random).outcome == .loggedIn)
        for _ in 1...5 {
            _ = try Self.login(world, password: "wrong-guess-1", device: "laptop-7", random: &random)
            try world.advanceClock(by: .seconds(10))
        }
        let unknown = try world.requestReset("nobody", via: .sms, ip: nil, random: &random)
        let known = try world.requestReset("ani.wijaya", via: .sms, ip: nil, random: &random)
        #expect(unknown.message == known.message)
        #expect(try world.outbox().count == 1)

        let code = try Self.code(world)
        let weak = try world.completeReset("ani.wijaya", token: code, newPassword: "password", ip: nil, random: &random)
        #expect(weak.completion == .refused(.passwordRefused))
        let done = try world.completeReset("ani.wijaya", token: code, newPassword: "Kopi-Tubruk-77", ip: nil, random: &random)
        #expect(done.completion == .completed(tokenID: 1))
        #expect(done.endedSessions == 1)
        #expect(try world.overview(of: "ani.wijaya").lock == .none)

        #expect(try Self.login(world, random: &random).outcome == .refused(.wrongPassword))
        let next = try Self.login(world, password: "Kopi-Tubruk-77", random: &random)
        #expect(next.outcome == .codeSent(channel: .email, isDelivered: true, isResend: false))
        let again = try world.completeReset("ani.wijaya", token: code, newPassword: "Kopi-Tubruk-78", ip: nil, random: &random)
        #expect(again.completion == .refused(.tokenUsed))
    }

    @Test("a refused new password says why; a pasted link works with extra parameters; an unknown account is logged as such")
    func resetDetails() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 3)
        _ = try world.addAccount(try Fixtures.ani(secondFactor: .none), password: Fixtures.password, random: &random)
        _ = try world.requestReset("ani.wijaya", via: .email, ip: nil, random: &random)
        let body = try #require(try world.outbox().last?.body)
        let token = try #require(MessageTemplates.secret(in: body))
        let short = try world.completeReset("ani.wijaya", token: token, newPassword: "short", ip: nil, random: &random)
        #expect(short.message.english == "The new password does not meet the rules. The password needs at least 8 characters.")
        let link = "https://goid.example/reset?token=\(token)&lang=id"
        let done = try world.completeReset("ani.wijaya", token: link, newPassword: "Kopi-Tubruk-77", ip: nil, random: &random)
        #expect(done.isCompleted)
        let unknown = try world.completeReset("nobody", token: token, newPassword: "Kopi-Tubruk-77", ip: nil, random: &random)
        #expect(try world.events(for: nil).last?.event.reason == .unknownAccount)
        let wrong = try world.completeReset("ani.wijaya", token: "zzzz", newPassword: "Kopi-Tubruk-77", ip: nil, random: &random)
        #expect(unknown.message == wrong.message)
        #expect(unknown.completion == .refused(.tokenWrong))
    }

    @Test("failures from one address are kept per address, and turn it away past the throttle")
    func throttle() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var policy = PortalPolicy.standard
        policy.captcha.mode = .off
        policy.throttle.maxFailures = 3
        let world = try Fixtures.world(in: directory, policy: policy)
        var random = Xoshiro256StarStar(seed: 4)
        _ = try world.addAccount(try Fixtures.ani(secondFactor: .none), password: Fixtures.password, random: &random)
        for name in ["budi", "citra", "dewi"] {
            _ = try world.login(LoginRequest(identifier: name, password: "x", ip: IPAddress("36.80.9.9")), random: &random)
            try world.advanceClock(by: .seconds(5))
        }
        let blocked = try world.login(LoginRequest(identifier: "ani.wijaya", password: Fixtures.password, ip: IPAddress("36.80.9.9")),
                                      random: &random)
        #expect(blocked.outcome == .refused(.sourceThrottled))
        let elsewhere = try world.login(LoginRequest(identifier: "ani.wijaya", password: Fixtures.password, ip: IPAddress("36.80.1.2")),
                                        random: &random)
        #expect(elsewhere.outcome == .loggedIn)
    }

    @Test("no password, code or token is stored in plain text outside the outbox (the people's phones and mailboxes)")
    func noPlaintextSecrets() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 11)
        _ = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        _ = try Self.login(world, random: &random)
        let otp = try Self.code(world)
        _ = try world.requestReset("ani@example.id", via: .email, ip: nil, random: &random)
        let link = try #require(try world.outbox().last?.body)
        let token = String(try #require(link.split(separator: "=").last?.prefix { $0.isLetter || $0.isNumber }))
        _ = try world.completeReset("ani.wijaya", token: token, newPassword: "Kopi-Tubruk-77", ip: nil, random: &random)
        world.connection.close()

        let bytes = [world.path, world.path + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
        let file = String(decoding: bytes, as: UTF8.self)
        for secret in [Fixtures.password, "Kopi-Tubruk-77"] {
            #expect(!file.contains(secret), "a password is in the world file")
        }
        // The codes are in the messages people received, and nowhere else.
        let reopened = try WorldStore.open(at: world.path)
        let tables = try reopened.connection.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'outbox'")
            .compactMap { $0.text("name") }
        for table in tables {
            for row in try reopened.connection.query("SELECT * FROM \(table)") {
                let text = row.values.map { "\($0)" }.joined(separator: "|")
                #expect(!text.contains(otp) && !text.contains(token), "a secret is in table \(table)")
            }
        }
        #expect(try reopened.connection.query("SELECT hash FROM credentials").allSatisfy { $0.text("hash")?.hasPrefix("$y$") == true })
    }
}
