import Portal
@testable import Reports
import Testing

@Suite("Report periods: hours, days and the hourly axis")
struct RunReportPeriodTests {
    /// A made-up run of `hours` hours from `start` with one login an hour and a ticket every third.
    static func input(hours: Int, start: String = "2026-12-01T00:00:00+07:00", zone: Zone = .jakarta) throws -> RunReport.Input {
        RunReport.Input(
            scenario: "made-up", title: "", seed: 1, people: 10, record: "summary", digest: String(repeating: "0", count: 64),
            zone: zone, start: try Instant(iso8601: start), end: try Instant(iso8601: start) + .hours(hours), hours: hours,
            support: RunReport.Support(agents: 1, handleTime: .minutes(6)),
            series: ["logins.attempted": Array(repeating: 1, count: hours), "logins.succeeded": Array(repeating: 1, count: hours),
                     "tickets.login": (0..<hours).map { $0 % 3 == 0 ? 1 : 0 }, "queue.waiting": Array(repeating: 0, count: hours),
                     "brand.new-series": Array(repeating: 2, count: hours)],
            outages: [], applicationStates: ApplicationState.allCases.map { ($0, 0) })
    }

    @Test("a day or less: a row per hour, labelled by the clock")
    func hourly() throws {
        let periods = RunReport.Periods(try Self.input(hours: 24))
        #expect(!periods.isDaily && periods.rows.count == 24 && periods.heading == "hour (WIB)")
        #expect(periods.rows.first?.label == "00:00" && periods.rows.last?.label == "23:00")
    }

    @Test("a day across midnight labels hours with their dates")
    func acrossMidnight() throws {
        let periods = RunReport.Periods(try Self.input(hours: 12, start: "2026-12-01T18:00:00+07:00"))
        #expect(periods.rows.first?.label == "2026-12-01 18:00" && periods.rows.last?.label == "2026-12-02 05:00")
    }

    @Test("more than a day: a row per local day, partial days included")
    func daily() throws {
        let periods = RunReport.Periods(try Self.input(hours: 60, start: "2026-12-01T12:00:00+07:00"))
        #expect(periods.isDaily && periods.heading == "day (WIB)")
        #expect(periods.rows == [RunReport.Period(label: "Tue 2026-12-01", hours: 0..<12), .init(label: "Wed 2026-12-02", hours: 12..<36),
                                 .init(label: "Thu 2026-12-03", hours: 36..<60)])
        let text = RunReport.markdown(try Self.input(hours: 60, start: "2026-12-01T12:00:00+07:00"),
                                      sections: RunReport.sections(try Self.input(hours: 60, start: "2026-12-01T12:00:00+07:00")))
        #expect(text.contains("| Wed 2026-12-02 | 24 | 24 | 100.0% | 0 | 0 |"))
        #expect(text.contains("| total | 60 | 60 | 100.0% | 0 | 0 |"))
        #expect(text.contains("The tables show each day; the charts and the CSV files show each hour."))
    }

    @Test("the hourly axis ticks round hours, or midnights for long runs", arguments: [
        (24, Array(stride(from: 0, to: 24, by: 2)), ["00:00", "02:00", "04:00"]), (6, [0, 1, 2, 3, 4, 5], ["00:00", "01:00", "02:00"]),
        (72, [0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66], ["12-01", "06:00", "12:00"]), (168, Array(stride(from: 0, to: 168, by: 24)),
        ["12-01", "12-02", "12-03"]), (720, Array(stride(from: 0, to: 720, by: 72)), ["12-01", "12-04", "12-07"]),
    ])
    func axis(hours: Int, ticks: [Int], labels: [String]) throws {
        let input = try Self.input(hours: hours)
        let axis = RunReport.hourAxis(input, labels: RunReport.Periods(input).hourLabels)
        #expect(axis.ticks == ticks)
        #expect(Array(ticks.prefix(3).map { axis.labels[$0] }) == labels)
        #expect(axis.count == hours && axis.title == "hour (WIB)")
    }

    @Test("a series no group knows goes to other.csv; a run without tickets, lockouts or outages says so")
    func quiet() throws {
        let input = try Self.input(hours: 3)
        let files = RunReport.files(for: input, formats: [.csv, .markdown])
        #expect(files.first { $0.name == "other.csv" }?.contents == "hour,brand.new-series\r\n2026-12-01T00:00:00+07:00,2\r\n"
            + "2026-12-01T01:00:00+07:00,2\r\n2026-12-01T02:00:00+07:00,2\r\n")
        let text = try #require(files.first { $0.name == "report.md" }?.contents)
        #expect(text.contains("No account was locked."))
        #expect(text.contains("Nobody asked for a password reset."))
        #expect(text.contains("Every component was operational throughout the run."))
        #expect(text.contains("- other.csv: brand.new-series"))
    }
}
