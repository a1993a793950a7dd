import Foundation
import Testing
@testable import ApoaCLI

@Suite("apoa notice page")
struct NoticePageTests {
    static func read(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test("both languages, each linking to the other; notices in the page's language; the outage's day on the bars")
    func page() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let scenario = "\(desk.directory)/day.json"
        try Data("""
            { "name": "page", "seed": 3, "start": "2026-12-01T00:00:00+07:00", "duration": "1d", "population": { "users": 20 },
              "incidents": [ { "at": "2026-12-01T08:00:00+07:00", "component": "sms-gateway", "status": "major-outage", "for": "4h" } ] }
            """.utf8).write(to: URL(fileURLWithPath: scenario))
        #expect(desk.run(["simulate", scenario, "--quiet"]).status == 0)
        #expect(desk.run(["notice", "publish", "--kind", "incident", "--components", "email:degraded",
                          "--title-id", "E-mail lambat", "--title-en", "E-mail is slow"]).status == 0)
        #expect(desk.run(["notice", "publish", "--kind", "maintenance", "--components", "auth", "--starts", "2026-12-06T01:00:00+07:00",
                          "--for", "2h", "--recur", "weekly:sun", "--title-id", "Pemeliharaan mingguan",
                          "--title-en", "Weekly maintenance"]).status == 0)
        let out = "\(desk.directory)/status"
        let result = desk.run(["notice", "page", "--out", out])
        #expect(result.status == 0)
        #expect(result.out == """
            wrote \(out)/id/index.html, status.json and feed.atom (id)
            wrote \(out)/en/index.html, status.json and feed.atom (en)

            """)
        let indonesian = Self.read("\(out)/id/index.html")
        let english = Self.read("\(out)/en/index.html")
        #expect(indonesian.contains("<html lang=\"id\"") && indonesian.contains("E-mail lambat") && !indonesian.contains("E-mail is slow"))
        #expect(indonesian.contains("href=\"../en/\"") && english.contains("href=\"../id/\""))
        #expect(english.contains("Weekly maintenance") && english.contains("Every Sunday, 01:00–03:00 WIB"))
        #expect(indonesian.contains("Setiap Minggu, 01.00–03.00 WIB"))
        // The SMS gateway was down four hours of its one recorded day; e-mail is degraded now.
        let status = Self.read("\(out)/en/status.json")
        #expect(status.contains("\"status\": \"degraded\""))
        #expect(status.contains("\"operationalShare\": 0.8333"))
        #expect(Self.read("\(out)/en/feed.atom").contains("<title>Investigating: E-mail is slow</title>"))
    }

    @Test("--lang writes one page into the directory itself; a bad --lang is a usage error")
    func oneLanguage() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let out = "\(desk.directory)/en"
        #expect(desk.run(["notice", "page", "--out", out, "--lang", "en"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(out)/index.html"))
        let bad = desk.run(["notice", "page", "--out", out, "--lang", "fr"])
        #expect(bad.status == 64 && bad.err.hasPrefix("apoa: error: --lang: expected id or en, found 'fr'"))
    }
}
