import Foundation
import Portal
import SQLiteDB
import Testing
@testable import World

@Suite("Building a world in bulk")
struct WorldBuilderTests {
    static func generated(_ id: Int64, _ name: String, phone: String, nik: String) -> GeneratedAccount {
        GeneratedAccount(id: AccountID(id), username: name, email: "\(name)@example.id", phone: phone, kind: .citizen,
                         language: .indonesian, secondFactor: .sms, verification: .verified, createdAt: Fixtures.start,
                         lastLoginAt: nil, isStepUpDue: false, documentType: .nik, documentNumber: nik)
    }

    static func builder(in directory: TemporaryDirectory) throws -> WorldBuilder {
        try WorldBuilder(path: directory.file("world.sqlite"), policy: .standard, now: Fixtures.start, zone: .jakarta,
                         meta: [("scenario", "test")])
    }

    /// More events than one multi-row statement takes, for two accounts, in time order.
    static func events(count: Int) -> [Event] {
        (0..<count).map { index in
            let failed = index % 3 == 0
            let detail: EventDetail? = failed ? .failures(index % 5 + 1, reset: false) : nil
            let device: DeviceLabel? = index % 5 == 0 ? nil : "d\(index)"
            return Event(at: Fixtures.start + .seconds(Int64(index)), account: AccountID(Int64(index % 2 + 1)),
                         kind: failed ? .loginFailed : .loginSucceeded, reason: failed ? .wrongPassword : .ok,
                         ip: IPAddress(ipv4: 0x0A00_0001 &+ UInt32(index)), device: device, detail: detail)
        }
    }

    @Test("events, and accounts written into a part on another thread, all arrive, indexed and findable")
    func partsAreAbsorbed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let builder = try Self.builder(in: directory)
        let events = Self.events(count: MultiRowInsert.rowsPerStatement * 2 + 7)
        for event in events { try builder.appendEvent(event) }
        let part = try builder.makePart(named: "accounts")
        try part.addGeneratedAccount(Self.generated(1, "ani.wijaya", phone: "+6281234567890", nik: "3174015008900001"))
        try part.addGeneratedAccount(Self.generated(2, "budi.santoso", phone: "+6281298765432", nik: "3174011203850002"))
        try part.setBruteForce(BruteForceState(failures: 3, lastFailure: Fixtures.start), of: AccountID(2))
        try part.finish()
        try builder.buildIndexes()
        try builder.absorb(part)
        let world = try builder.finish()

        #expect(try world.account(matching: "budi.santoso").id == AccountID(2))
        #expect(try world.account(matching: "3174015008900001").id == AccountID(1))
        #expect(try world.loadAuthRecord(AccountID(2)).bruteForce.failures == 3)
        let logged = try world.events(for: nil)
        #expect(logged.map(\.event.at) == events.map(\.at))
        #expect(logged.map(\.event.detail?.description) == events.map(\.detail?.description))
        #expect(logged.map(\.event.ip) == events.map(\.ip))
        #expect(try world.events(for: AccountID(2)).count == events.count / 2)
        let indexes = try world.connection.query("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            .compactMap { $0.text("name") }
        #expect(Set(indexes).isSuperset(of: ["accounts_by_username", "events_by_account", "identity_documents_by_number"]))
        #expect(try world.connection.query("PRAGMA integrity_check").first?.text("integrity_check") == "ok")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") } == [])
    }

    @Test("generated accounts, more than one statement takes, arrive whole and in order with their documents")
    func generatedAccountsInBulk() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let builder = try Self.builder(in: directory)
        let count = MultiRowInsert.rowsPerStatement * 2 + 5
        let rows = (1...count).map { id in
            let digits = String(100_000_000 + id).dropFirst()
            return Self.generated(Int64(id), "user.\(id)", phone: "+62812\(digits)", nik: "317401150890\(digits.suffix(4))")
        }
        try builder.addGeneratedAccounts(GeneratedAccounts(rows))
        let world = try builder.finish()

        let accounts = try world.accounts()
        #expect(accounts.map(\.id.rawValue) == Array(1...Int64(count)))
        #expect(accounts.map(\.username.value) == rows.map(\.username))
        #expect(accounts.map(\.email.value) == rows.map(\.email))
        #expect(accounts.map(\.phone?.value) == rows.map(\.phone))
        #expect(accounts.map { $0.documents.map(\.number) } == rows.map { [$0.documentNumber] })
        for account in accounts { try account.check() }
    }

    @Test("generated text: numbers are written as their decimal text, zero-padded to a width", arguments: [
        (0, 1, "0"), (7, 2, "07"), (482, 1, "482"), (482, 8, "00000482"), (12_345_678, 4, "12345678"), (Int.max, 1, String(Int.max)),
    ])
    func decimal(value: Int, digits: Int, text: String) {
        var bytes: [UInt8] = []
        bytes.appendUTF8("x")
        bytes.appendDecimal(value, digits: digits)
        #expect(String(decoding: bytes, as: UTF8.self) == "x" + text)
    }

    @Test("a part that breaks a unique rule fails when finished; abandoning leaves the old world and no temporary file")
    func brokenPartLeavesOldWorld() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let old = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 1)
        _ = try old.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)

        let builder = try Self.builder(in: directory)
        let part = try builder.makePart(named: "accounts")
        try part.addGeneratedAccount(Self.generated(1, "twin", phone: "+6281234567890", nik: "3174015008900001"))
        try part.addGeneratedAccount(Self.generated(2, "twin", phone: "+6281298765432", nik: "3174011203850002"))
        #expect(throws: WorldError.self) { try part.finish() }
        part.abandon()
        builder.abandon()

        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") } == [])
        #expect(try WorldStore.open(at: directory.file("world.sqlite")).accounts().map(\.username.value) == ["ani.wijaya"])
    }
}
