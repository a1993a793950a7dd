import Portal
import SQLiteDB
import Testing
@testable import World

@Suite("Device labels in the world file")
struct DeviceLabelStoreTests {
    /// A world where ani asked for a login code from `device`: it is in her challenge.
    static func codePending(in directory: TemporaryDirectory, device: DeviceLabel,
                            random: inout Xoshiro256StarStar) throws -> WorldStore {
        let world = try Fixtures.world(in: directory)
        _ = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        _ = try LoginStoreTests.login(world, device: device, random: &random)
        return world
    }

    /// A world where ani logged in with a code from a device with the longest label there is,
    /// which her events, session and familiar sources then hold.
    static func loggedIn(in directory: TemporaryDirectory) throws -> (world: WorldStore, device: DeviceLabel) {
        var random = Xoshiro256StarStar(seed: 5)
        let device = try #require(DeviceLabel(String(repeating: "t", count: DeviceLabel.capacity - 6) + "-phone"))
        let world = try codePending(in: directory, device: device, random: &random)
        #expect(try world.loadAuthRecord(AccountID(1)).challenge?.device == device)
        _ = try LoginStoreTests.login(world, code: try LoginStoreTests.code(world), device: device, random: &random)
        return (world, device)
    }

    @Test("a label is stored as the TEXT of its bytes and read back as it was")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (world, device) = try Self.loggedIn(in: directory)
        let text = SQLValue.text(device.description)
        #expect(try world.connection.scalar("SELECT device FROM sessions") == text)
        #expect(try world.connection.scalar("SELECT value FROM familiar_sources WHERE kind = 'device'") == text)
        #expect(try world.connection.scalar("SELECT count(*) FROM events WHERE device = ?", [device]) == .integer(3))
        #expect(try world.sessions(of: AccountID(1)).map(\.device) == [device])
        #expect(try world.loadAuthRecord(AccountID(1)).familiar.devices == [device])
        #expect(try world.events(for: AccountID(1)).compactMap(\.event.device) == [device, device, device])
    }

    @Test("a hand-edited label that is not one is damage, named by table and column", arguments: [
        ("events", "device", "UPDATE events SET device = ?"),
        ("sessions", "device", "UPDATE sessions SET device = ?"),
        ("familiar_sources", "value", "UPDATE familiar_sources SET value = ? WHERE kind = 'device'"),
    ])
    func damaged(table: String, column: String, edit: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (world, _) = try Self.loggedIn(in: directory)
        let long = String(repeating: "x", count: DeviceLabel.capacity + 1)
        try world.connection.run(edit, [long])
        let why = "it is damaged: \(table).\(column) holds '\(long)', not a device label of 1 to 40 bytes without spaces"
        let error = #expect(throws: WorldError.self) {
            _ = try world.events(for: AccountID(1))
            _ = try world.sessions(of: AccountID(1))
            _ = try world.loadAuthRecord(AccountID(1))
        }
        #expect(error == .notAWorld(path: world.path, why: why))
        #expect(error?.isBadData == true)
    }

    @Test("a pending challenge's hand-edited label is damage too")
    func damagedChallenge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = Xoshiro256StarStar(seed: 5)
        let world = try Self.codePending(in: directory, device: "phone-1", random: &random)
        try world.connection.run("UPDATE otp_challenges SET device = 'my phone'")
        #expect(throws: WorldError.notAWorld(path: world.path, why: "it is damaged: otp_challenges.device holds 'my phone', "
                                             + "not a device label of 1 to 40 bytes without spaces")) {
            try LoginStoreTests.login(world, random: &random)
        }
    }
}
