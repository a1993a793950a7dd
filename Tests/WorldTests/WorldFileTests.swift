import Foundation
import Portal
import SQLiteDB
import Testing
@testable import World

@Suite("The world file")
struct WorldFileTests {
    @Test("a new world has its clock, zone, policy and the built-in admin")
    func creates() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var policy = PortalPolicy.standard
        policy.bruteForce.maxFailures = 7
        let world = try WorldStore.create(at: directory.file("w.sqlite"), policy: policy, start: Fixtures.start,
                                          zone: try #require(Zone(identifier: "Asia/Makassar")))
        #expect(try world.now() == Fixtures.start)
        let reopened = try WorldStore.open(at: directory.file("w.sqlite"))
        #expect(reopened.policy == policy)
        #expect(reopened.zone.identifier == "Asia/Makassar")
        #expect(try reopened.connection.scalar("SELECT role FROM operators WHERE name = 'admin'") == .text("admin"))
        #expect(try reopened.connection.userVersion() == Schema.currentVersion)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) .filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test("init never overwrites: the existing file is left byte for byte")
    func neverOverwrites() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("world.sqlite")
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WorldError.exists(path: path)) {
            try WorldStore.create(at: path, policy: .standard, start: Fixtures.start, zone: .jakarta)
        }
        #expect(FileManager.default.contents(atPath: path) == Data("my notes".utf8))
    }

    @Test("a missing file, a text file and an SQLite file without our tables are refused")
    func refusesNonWorlds() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: WorldError.missing(path: directory.file("none.sqlite"))) { try WorldStore.open(at: directory.file("none.sqlite")) }

        let text = directory.file("notes.txt")
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: WorldError.notAWorld(path: text, why: "it is not an SQLite database")) { try WorldStore.open(at: text) }
        #expect(FileManager.default.contents(atPath: text)?.count == 1500)

        let other = directory.file("other.sqlite")
        let connection = try Connection(path: other, mode: .readWriteCreate)
        try connection.execute("PRAGMA journal_mode = DELETE; CREATE TABLE recipes (name TEXT)")
        connection.close()
        let before = FileManager.default.contents(atPath: other)
        #expect(throws: WorldError.notAWorld(path: other, why: "it is an SQLite database without apoa's tables")) {
            try WorldStore.open(at: other)
        }
        #expect(FileManager.default.contents(atPath: other) == before, "another program's database must not be touched")

        let empty = directory.file("empty.sqlite")
        FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(throws: WorldError.self) { try WorldStore.open(at: empty) }
        #expect(FileManager.default.contents(atPath: empty)?.isEmpty == true)

        #expect(throws: WorldError.io(path: directory.path, why: "is a directory, not a world file")) {
            try WorldStore.open(at: directory.path)
        }
    }

    @Test("a damaged world is refused as bad data: truncated, or a table gone")
    func damaged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        try world.connection.execute("DROP TABLE source_failures")
        world.connection.close()
        let dropped = #expect(throws: WorldError.self) { try WorldStore.open(at: world.path) }
        #expect(dropped == .notAWorld(path: world.path, why: "it is damaged: table source_failures is missing"))
        #expect(dropped?.isBadData == true)

        let truncated = directory.file("truncated.sqlite")
        let bytes = try #require(FileManager.default.contents(atPath: world.path))
        try bytes.prefix(1024).write(to: URL(fileURLWithPath: truncated))
        let error = #expect(throws: WorldError.self) { try WorldStore.open(at: truncated) }
        #expect(error?.isBadData == true)
    }

    @Test("init into a directory that does not exist names it")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("nowhere/world.sqlite")
        #expect(throws: WorldError.io(path: path, why: "the directory '\(directory.file("nowhere"))' does not exist")) {
            try WorldStore.create(at: path, policy: .standard, start: Fixtures.start, zone: .jakarta)
        }
    }

    @Test("a world from a newer apoa is refused, not guessed at")
    func newerSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        try world.connection.setUserVersion(Schema.currentVersion + 1)
        world.connection.close()
        let error = #expect(throws: WorldError.self) { try WorldStore.open(at: world.path) }
        #expect(error?.isBadData == true)
        #expect(error?.description.contains("schema version \(Schema.currentVersion + 1)") == true)
    }

    @Test("the clock moves forward only, and each move is an event")
    func clock() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        #expect(try world.advanceClock(by: .minutes(90)) == Fixtures.start + .minutes(90))
        #expect(throws: WorldError.clockBackwards(.minutes(5))) { try world.advanceClock(by: .zero - .minutes(5)) }
        #expect(try world.advanceClock(by: .zero) == Fixtures.start + .minutes(90))
        #expect(throws: WorldError.clockLimit(.days(3_000_000))) { try world.advanceClock(by: .days(3_000_000)) }
        #expect(try world.now() == Fixtures.start + .minutes(90))
        #expect(try world.events(for: nil).map(\.event.kind) == [.clockAdvanced])
    }

    @Test("every table the README documents exists, and only those")
    func documentedTables() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        let tables = try world.connection.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
            .compactMap { $0.text("name") }
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        for table in tables {
            #expect(readme.contains("| `\(table)` |"), "README.md does not document table \(table)")
        }
    }
}
