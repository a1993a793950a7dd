import Foundation
import Reports
import Testing

@Suite("Writing the status page")
struct StatusPageWritingTests {
    @Test("renders the same bytes twice", arguments: StatusPage.Language.allCases)
    func deterministic(language: StatusPage.Language) {
        #expect(StatusPage.files(for: SampleStatus.input(language)) == StatusPage.files(for: SampleStatus.input(language)))
    }

    @Test("writes the three files, byte for byte the same each time")
    func writes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = directory.url.appendingPathComponent("first/nested")
        let second = directory.url.appendingPathComponent("second")
        try StatusPage.write(SampleStatus.input(.indonesian), to: first)
        try StatusPage.write(SampleStatus.input(.indonesian), to: second)
        try StatusPage.write(SampleStatus.input(.indonesian), to: second)  // over the old files
        for name in ["index.html", "status.json", "feed.atom"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(!a.isEmpty && a == b, "\(name)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: second.path).sorted()
        #expect(names == ["feed.atom", "index.html", "status.json"])
    }

    @Test("names the path it cannot write")
    func cannotWrite() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        let target = file.appendingPathComponent("page")
        let error = try #require(throws: ReportsError.self) {
            try StatusPage.write(SampleStatus.input(.english), to: target)
        }
        #expect(error.description.hasPrefix("cannot write '\(target.path)': "))
    }

    /// Not a check: writes the sample pages for `.ci/statuspage-check` to open in a browser,
    /// `id/` and `en/` linked to each other, into `$STATUSPAGE_SAMPLE_DIR` when it is set.
    @Test("writes the sample pages for the browser check",
          .enabled(if: ProcessInfo.processInfo.environment["STATUSPAGE_SAMPLE_DIR"] != nil))
    func sample() throws {
        let root = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["STATUSPAGE_SAMPLE_DIR"]))
        try StatusPage.write(SampleStatus.input(.indonesian, otherLanguageURL: "../en/index.html"),
                             to: root.appendingPathComponent("id"))
        try StatusPage.write(SampleStatus.input(.english, otherLanguageURL: "../id/index.html"),
                             to: root.appendingPathComponent("en"))
    }
}
