import Foundation
import Portal
import Testing
@testable import Simulation
@testable import World

/// A scenario's announced maintenance becomes a published notice in the world it makes.
@Suite("Scenario maintenance as notices")
struct MaintenanceNoticeTests {
    static let scenario = """
        { "name": "notice", "seed": 5, "start": "2026-12-01T00:00:00+07:00", "duration": "1d", "population": { "users": 10 },
          "maintenance": [
            { "starts": "2026-12-01T13:00:00+07:00", "for": "1h", "components": ["captcha"], "announce": "24h",
              "notice": { "id": "Pemeliharaan CAPTCHA", "en": "CAPTCHA maintenance" } },
            { "starts": "2026-12-01T20:00:00+07:00", "for": "30m", "components": ["auth"] } ] }
        """

    @Test("an announced window is a notice published its lead time ahead; an unannounced one is none")
    func announced() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(Self.scenario).world
        let notices = try world.allNotices()
        #expect(notices.count == 1)
        let notice = try #require(notices.first)
        #expect(notice.kind == .maintenance && notice.title.english == "CAPTCHA maintenance")
        #expect(notice.publishedAt == (try Instant(iso8601: "2026-11-30T13:00:00+07:00")))
        #expect(notice.components.map(\.component) == [.captcha] && notice.publishedBy == "scenario")
        #expect(notice.status(at: try Instant(iso8601: "2026-12-01T13:30:00+07:00")) == .inProgress)
    }

    @Test("a notice text the portal would not publish is a scenario error naming it")
    func refused() throws {
        let text = Self.scenario.replacingOccurrences(of: "\"en\": \"CAPTCHA maintenance\"", with: "\"en\": \"CAPTCHA\\nmaintenance\"")
        do {
            _ = try Scenario.decode(text: text, file: "s.json")
            Issue.record("decoded a notice with a line break in its title")
        } catch {
            #expect(error.description.contains("maintenance[0].notice: not a notice the portal would publish"))
        }
    }
}
