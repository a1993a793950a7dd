import Foundation
import Testing
@testable import ApoaCLI

@Suite("apoa report")
struct ReportCommandTests {
    static let scenario = """
        { "name": "cli-report", "seed": 5, "start": "2026-12-01T07:00:00+07:00", "duration": "4h", "population": { "users": 150 },
          "incidents": [ { "at": "2026-12-01T08:00:00+07:00", "component": "sms-gateway", "status": "major-outage", "for": "1h" } ],
          "support": { "agents": 3, "handleTime": "4m" } }
        """

    static func simulated() throws -> Desk {
        let desk = try Desk()
        let path = "\(desk.directory)/scenario.json"
        try Data(scenario.utf8).write(to: URL(fileURLWithPath: path))
        let result = desk.run(["simulate", path, "--quiet"])
        #expect(result.status == 0, "\(result.err)")
        return desk
    }

    static func contents(_ directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            files[name] = FileManager.default.contents(atPath: "\(directory)/\(name)")
        }
        return files
    }

    @Test("writes report.md, report.html and the CSV series; again, the same bytes")
    func writes() throws {
        let desk = try Self.simulated()
        defer { desk.remove() }
        let first = "\(desk.directory)/first", second = "\(desk.directory)/second"
        let result = desk.run(["report", "--out", first])
        #expect(result.status == 0 && result.err.isEmpty)
        #expect(result.out == "wrote report.md, report.html and 10 CSV files to \(first)\n")
        #expect(desk.run(["report", "--out", second, "--quiet"]).out.isEmpty)
        let a = try Self.contents(first), b = try Self.contents(second)
        #expect(a.count == 12 && a == b)
        let markdown = String(decoding: try #require(a["report.md"]), as: UTF8.self)
        #expect(markdown.hasPrefix("# Report: cli-report\n"))
        #expect(markdown.contains("| support desk | 3 agents, 4m a ticket |"))
        #expect(markdown.contains("| sms-gateway | major outage | incident | 08:00 | 09:00 | 1h |"))
    }

    @Test("--format picks the files; --json lists them")
    func formats() throws {
        let desk = try Self.simulated()
        defer { desk.remove() }
        let out = "\(desk.directory)/md"
        #expect(desk.run(["report", "--out", out, "--format", "md"]).out == "wrote report.md to \(out)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["report.md"])
        let csv = desk.run(["report", "--out", "\(desk.directory)/csv", "--format", "csv,html", "--json"])
        #expect(csv.status == 0)
        #expect(csv.out.contains("\"report.html\"") && csv.out.contains("\"tickets.csv\"") && !csv.out.contains("report.md"))
    }

    @Test("an unknown format is a usage error naming it; nothing is written", arguments: [
        ("pdf", "--format: unknown format 'pdf' (expected md, html, csv)"),
        ("md,,csv", "--format: expected a list of md, html, csv, found 'md,,csv'"),
        ("HTML", "--format: unknown format 'HTML' (expected md, html, csv)"),
    ])
    func unknownFormat(format: String, message: String) throws {
        let desk = try Self.simulated()
        defer { desk.remove() }
        let out = "\(desk.directory)/nothing"
        let result = desk.run(["report", "--out", out, "--format", format])
        #expect(result.status == 64)
        #expect(result.err == "apoa: error: \(message)\nUsage: apoa report [--out DIR] [--format LIST]\n  See 'apoa report --help'.\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("a world without metrics is bad data (65), named; a missing world is an I/O error (74)")
    func refused() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run("report").status == 74)
        desk.run("init")
        let out = "\(desk.directory)/report"
        let result = desk.run(["report", "--out", out])
        #expect(result.status == 65)
        #expect(result.err == "apoa: error: '\(desk.world)' has no metrics to report: it was not made by 'apoa simulate' "
            + "(simulate a scenario into it first)\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("an output path that cannot be written is an I/O error naming it")
    func cannotWrite() throws {
        let desk = try Self.simulated()
        defer { desk.remove() }
        let file = "\(desk.directory)/taken"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let result = desk.run(["report", "--out", "\(file)/report"])
        #expect(result.status == 74)
        #expect(result.err.hasPrefix("apoa: error: --out: cannot write '\(file)/report': "))
    }
}
