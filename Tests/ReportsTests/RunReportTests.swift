import Foundation
import Portal
@testable import Reports
import Testing
import World

@Suite("The report of a simulated run")
struct RunReportTests {
    static let all = Set(RunReport.Format.allCases)

    /// The world every test here only reads, simulated once.
    static let shared = Result { try ReportWorld() }

    static func files() throws -> [RunReport.File] {
        RunReport.files(for: try shared.get().input(), formats: all)
    }

    static func file(_ name: String) throws -> String {
        try #require(try files().first { $0.name == name }).contents
    }

    @Test("the same world gives the same bytes, and so does the same run on one thread")
    func deterministic() throws {
        let first = try Self.files()
        #expect(first == (try Self.files()))
        let single = try ReportWorld(threads: 1)
        #expect(RunReport.files(for: try single.input(), formats: Self.all) == first)
    }

    @Test("the files of each format, in a fixed order")
    func formats() throws {
        let input = try Self.shared.get().input()
        #expect(RunReport.files(for: input, formats: Self.all).map(\.name) == [
            "report.md", "report.html", "application-states.csv", "applications.csv", "components.csv", "failures.csv",
            "lockouts.csv", "logins.csv", "otp.csv", "requests.csv", "resets.csv", "tickets.csv",
        ])
        #expect(RunReport.files(for: input, formats: [.markdown]).map(\.name) == ["report.md"])
        #expect(RunReport.files(for: input, formats: [.csv, .html]).map(\.name).prefix(2) == ["report.html", "application-states.csv"])
    }

    @Test("the input covers the run's hours with the world's series and record")
    func input() throws {
        let input = try Self.shared.get().input()
        #expect(input.scenario == "small-report" && input.seed == 11 && input.people == 300 && input.record == "all")
        #expect(input.hours == 6)
        #expect(input.start == (try Instant(iso8601: "2026-12-01T06:00:00+07:00")))
        #expect(input.end == (try Instant(iso8601: "2026-12-01T12:00:00+07:00")))
        #expect(input.digest.count == 64)
        #expect(input.outages == [RunReport.Outage(component: .smsGateway, status: .majorOutage, cause: "incident",
                                                   starts: try Instant(iso8601: "2026-12-01T08:00:00+07:00"),
                                                   ends: try Instant(iso8601: "2026-12-01T09:30:00+07:00"))])
        #expect(input.values("queue.waiting").count == 6)
        #expect(input.total("attacks.attempts") > 0 && input.total("lockouts.attack") + input.total("lockouts.owner") > 0)
    }

    @Test("report.md has every section, the run's parameters and totals that match the world")
    func markdown() throws {
        let text = try Self.file("report.md")
        let input = try Self.shared.get().input()
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## The run", "## At a glance", "## Logins", "## Failures by reason", "## Lockouts", "## One-time codes",
                             "## Password resets", "## Tickets", "## Agents needed", "## Component status", "## Applications",
                             "## Data"])
        #expect(text.hasPrefix("# Report: small-report\n\nA \\| small \\<morning\\>\n\n"))
        #expect(text.contains("| seed | 11 |"))
        #expect(text.contains("| period | 2026-12-01 06:00 WIB to 2026-12-01 12:00 WIB (6h) |"))
        #expect(text.contains("| digest | \(input.digest) |"))
        #expect(text.contains("| support desk | 2 agents, 5m a ticket |"))
        #expect(text.contains("| staffing target | 80% of tickets taken up within 1m (Erlang C) |"))
        #expect(text.contains("| sms-gateway | major outage | incident | 08:00 | 09:30 | 1h30m |"))
        // Six hourly rows and a total in the logins table; the total is people's attempts.
        let people = input.total("logins.attempted") - input.total("attacks.attempts")
        let logins = text.split(separator: "\n").filter { $0.hasPrefix("| 0") || $0.hasPrefix("| 1") || $0.hasPrefix("| total") }
        #expect(logins.contains { $0.hasPrefix("| total | \(NumberText.integer(Int64(people))) |") })
        #expect(text.contains("| 06:00 |") && text.contains("| 11:00 |") && !text.contains("| 12:00 |"))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test("report.html is one accessible page: lang, one h1, sections, captions, named charts, no script")
    func html() throws {
        let text = try Self.file("report.html")
        let tree = try XMLTree.parse(text)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(tree.elements("h1").count == 1)
        #expect(tree.elements("h2").count == 12)
        #expect(tree.elements("main").first?.attributes["id"] == "main")
        let tables = tree.elements("table")
        #expect(!tables.isEmpty && tables.allSatisfy { $0.children("caption").first?.fullText.isEmpty == false })
        #expect(tree.elements("th").allSatisfy { $0.attributes["scope"] == "col" || $0.attributes["scope"] == "row" })
        let charts = tree.elements("svg")
        #expect(charts.count >= 10)
        for chart in charts {
            let id = try #require(chart.attributes["id"])
            #expect(chart.attributes["role"] == "img" && chart.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
            #expect(chart.children("title").first?.attributes["id"] == "\(id)-title")
            #expect(chart.children("desc").first?.fullText.isEmpty == false)
        }
        let ids = tree.all.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids are unique")
        let links = tree.elements("a").compactMap { $0.attributes["href"] }
        #expect(links.allSatisfy { $0.hasPrefix("#") && ids.contains(String($0.dropFirst())) }, "\(links)")
        #expect(!text.lowercased().contains("<script") && !text.contains("url(") && !text.contains("@import"))
        #expect(tree.all.allSatisfy { $0.attributes["src"] == nil && !$0.attributes.keys.contains { $0.hasPrefix("on") } })
        #expect(text.contains("A | small &lt;morning&gt;"))
    }

    @Test("CSV files: a header, a row per hour with its ISO time in the zone, CR LF ends, the world's values")
    func csv() throws {
        let input = try Self.shared.get().input()
        for file in try Self.files() where file.name.hasSuffix(".csv") {
            let records = CSVWriterTests.parse(file.contents)
            #expect(file.contents.hasSuffix("\r\n") && !file.contents.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            #expect(records.allSatisfy { $0.count == records[0].count }, "\(file.name)")
            guard records.first?.first == "hour" else { continue }
            #expect(records.count == 1 + input.hours, "\(file.name)")
            #expect(records[1][0] == "2026-12-01T06:00:00+07:00" && records[6][0] == "2026-12-01T11:00:00+07:00")
        }
        let logins = CSVWriterTests.parse(try Self.file("logins.csv"))
        let column = try #require(logins[0].firstIndex(of: "logins.attempted"))
        #expect(logins.dropFirst().map { Double($0[column]) ?? -1 } == input.values("logins.attempted"))
        #expect(logins[0].last == "success-rate")
        let tickets = CSVWriterTests.parse(try Self.file("tickets.csv"))
        #expect(Array(tickets[0].suffix(4)) == ["queue.waiting", "queue.wait-minutes", "tickets", "agents-needed"])
        #expect(try Self.file("components.csv") == "component,status,cause,starts,ends,minutes\r\n"
            + "sms-gateway,major-outage,incident,2026-12-01T08:00:00+07:00,2026-12-01T09:30:00+07:00,90\r\n")
        #expect(try Self.file("application-states.csv").hasPrefix("state,applications\r\ndraft,"))
    }

    @Test("agents needed per hour follow Erlang C for that hour's tickets")
    func staffing() throws {
        let input = try Self.shared.get().input()
        let tickets = RunReport.ticketsPerHour(input)
        #expect(tickets.reduce(0, +) > 0)
        for (hour, plan) in RunReport.staffingPerHour(input).enumerated() {
            let expected = Staffing.plan(callsPerHour: tickets[hour], handleTime: 300, target: RunReport.staffingTarget)
            #expect(tickets[hour] == 0 ? plan == nil : plan == expected)
        }
    }

    @Test("a world without metrics is refused, naming it")
    func noMetrics() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("desk.sqlite").path
        let world = try WorldStore.create(at: path, policy: .standard, start: Instant(millisecondsSince1970: 1_796_058_000_000),
                                          zone: .jakarta)
        let error = try #require(throws: ReportsError.self) {
            try RunReport.Input(world: world, title: "", support: RunReport.Support(agents: 1, handleTime: .minutes(6)))
        }
        #expect(error == .noMetrics(world: path))
        #expect(error.description == "'\(path)' has no metrics to report: it was not made by 'apoa simulate' (simulate a scenario into it first)")
    }

    @Test("writes the files into a new directory, the same bytes each time, and names a path it cannot write")
    func writing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = try Self.files()
        let target = directory.url.appendingPathComponent("a/b")
        try RunReport.write(files, to: target)
        try RunReport.write(files, to: target)
        for file in files {
            #expect(try Data(contentsOf: target.appendingPathComponent(file.name)) == Data(file.contents.utf8))
        }
        let blocked = directory.url.appendingPathComponent("a/b/report.md/inside")
        let error = try #require(throws: ReportsError.self) { try RunReport.write(files, to: blocked) }
        #expect(error.description.hasPrefix("cannot write '\(blocked.path)': "))
    }

    @Test("the style sheet uses the palette's colours and no others")
    func styleSheet() {
        let used = Set(ReportStyleSheet.css.matches(of: /#[0-9a-f]{6}\b/).map { String($0.output) })
        let known = Set((Palette.textPairs + Palette.graphicPairs).flatMap { [$0.foreground.css, $0.background.css] }
            + [Palette.border.css])
        #expect(used.isSubset(of: known), "\(used.subtracting(known))")
    }
}
