import Foundation
import Testing
@testable import ApoaCLI

@Suite("apoa sweep")
struct SweepCommandTests {
    static let scenario = """
        { "name": "s", "seed": 4, "start": "2026-12-01T00:00:00+07:00", "duration": "6h", "population": { "users": 100 },
          "incidents": [ { "at": "+1h", "component": "sms-gateway", "status": "major-outage", "for": "1h" } ] }
        """

    @Test("a row per point, the axes first; --out writes the same as CSV, and a chart of the tickets")
    func table() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let file = "\(desk.directory)/s.json"
        try Data(Self.scenario.utf8).write(to: URL(fileURLWithPath: file))
        let result = desk.run(["sweep", file, "--vary", "users=50,100", "--vary", "incidents[0].for=1h,2h", "--out", desk.directory])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("USERS  INCIDENTS[0].FOR  SESSIONS  SUCCESS"))
        #expect(lines[1].hasPrefix("50     1h") && lines[4].hasPrefix("100    2h"))
        let csv = String(decoding: FileManager.default.contents(atPath: "\(desk.directory)/sweep.csv") ?? Data(), as: UTF8.self)
        #expect(csv.hasPrefix("users,incidents[0].for,sessions,success,lockouts,tickets,tickets/h max,queue max,digest\r\n50,1h,"))
        let chart = String(decoding: FileManager.default.contents(atPath: "\(desk.directory)/sweep.svg") ?? Data(), as: UTF8.self)
        #expect(chart.contains("<title id=\"chart-title\">Tickets per run, by users · incidents[0].for</title>"))
        #expect(chart.contains(">50 · 1h</text>"))
        // The same grid gives the same table.
        #expect(desk.run(["sweep", file, "--vary", "users=50,100", "--vary", "incidents[0].for=1h,2h"]).out == result.out)
    }

    @Test("a sweep over a field that does not exist names it", arguments: [
        (["--vary", "incidents[3].for=1h"], 64, "apoa: error: --vary incidents[3].for: the scenario has 1 there, so no [3]"),
        (["--vary", "suport.agents=2"], 65, "unknown field 'suport' (did you mean 'support'?)"),
        (["--vary", "agents"], 64, "apoa: error: --vary: expected PATH=VALUE,VALUE… like users=10000,50000, found 'agents'"),
    ])
    func refused(arguments: [String], status: Int32, message: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        let file = "\(desk.directory)/s.json"
        try Data(Self.scenario.utf8).write(to: URL(fileURLWithPath: file))
        let result = desk.run(["sweep", file] + arguments)
        #expect(result.status == status)
        #expect(result.err.contains(message))
    }
}
