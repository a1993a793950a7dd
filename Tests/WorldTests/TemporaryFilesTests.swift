import Foundation
import Testing
@testable import World

/// The files a world is being built in are known while it is built, so that Ctrl-C can remove
/// them; a finished or abandoned build leaves nothing noted and nothing on disk.
@Suite("Files a world is being built in")
struct TemporaryFilesTests {
    @Test("a builder and its part are noted while they build, and forgotten once renamed or absorbed")
    func buildsAreNoted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let builder = try WorldBuilderTests.builder(in: directory)
        let part = try builder.makePart(named: "accounts")
        #expect(TemporaryFiles.building.current.isSuperset(of: [builder.temporaryPath, part.temporaryPath]))
        try part.finish()
        try builder.absorb(part)
        #expect(!TemporaryFiles.building.current.contains(part.temporaryPath))
        _ = try builder.finish()
        #expect(!TemporaryFiles.building.current.contains(builder.temporaryPath))
        #expect(FileManager.default.fileExists(atPath: directory.file("world.sqlite")))
    }

    @Test("an abandoned build is forgotten and its file removed")
    func abandonedBuildsAreRemoved() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let builder = try WorldBuilderTests.builder(in: directory)
        builder.abandon()
        #expect(!TemporaryFiles.building.current.contains(builder.temporaryPath))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test("removing all takes every noted file with its journal files, and forgets them")
    func removeAllRemovesFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A list of its own: the process's is shared with the tests building worlds meanwhile.
        let files = TemporaryFiles()
        for name in [".a.building", ".a.building-journal", ".b.building", ".b.building-wal", "kept.sqlite"] {
            #expect(FileManager.default.createFile(atPath: directory.file(name), contents: Data("x".utf8)))
        }
        try files.add(directory.file(".a.building"))
        try files.add(directory.file(".b.building"))
        try files.add(directory.file(".never.made"))

        #expect(files.removeAll() == 3)
        #expect(files.current.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["kept.sqlite"])
        #expect(files.removeAll() == 0)
    }

    @Test("once everything was removed, no new file is started: the process is on its way out")
    func nothingStartsAfterRemoval() throws {
        let files = TemporaryFiles()
        files.removeAll()
        #expect(throws: WorldError.self) { try files.add("/tmp/.late.building") }
        #expect(files.current.isEmpty)
    }
}
