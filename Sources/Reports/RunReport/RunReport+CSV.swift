import Portal

extension RunReport {
    /// The CSV files, by name: a file per series group with a row per hour (`hour` first, ISO
    /// 8601 in the world's zone, then each series as the world keeps it), `components.csv` with
    /// the component record, `application-states.csv`, and `other.csv` when the world has series
    /// no group knows. RFC 4180: CR LF line ends, fields quoted only when they must be.
    ///
    /// Two columns are worked out rather than read: `success-rate` in `logins.csv` (people's
    /// successes over their attempts, empty for an hour without any) and, in `tickets.csv`,
    /// `tickets` (every category together) and `agents-needed` (``staffingTarget``, Erlang C).
    static func csvFiles(_ input: Input) -> [File] {
        var files: [File] = []
        let hours = (0..<input.hours).map { input.hourStart($0).iso8601(in: input.zone) }
        for group in SeriesGroup.allCases {
            let names = group.series(in: input)
            var columns = names.map { ($0, input.values($0).map { number($0) }) }
            switch group {
            case .logins:
                let people = zip(input.values("logins.attempted"), input.values("attacks.attempts")).map { max(0, $0 - $1) }
                columns.append(("success-rate", zip(input.values("logins.succeeded"), people).map { $1 > 0 ? number($0 / $1) : "" }))
            case .tickets:
                columns.append(("tickets", ticketsPerHour(input).map { number($0) }))
                columns.append(("agents-needed", staffingPerHour(input).map { String($0?.agents ?? 0) }))
            default:
                break
            }
            files.append(File(name: group.file, contents: hourly(hours, columns)))
        }
        let others = ungroupedSeries(in: input)
        if !others.isEmpty {
            files.append(File(name: "other.csv", contents: hourly(hours, others.map { ($0, input.values($0).map { number($0) }) })))
        }
        var components = CSVWriter()
        components.record(["component", "status", "cause", "starts", "ends", "minutes"])
        for outage in input.outages {
            components.record([outage.component.rawValue, outage.status.rawValue, outage.cause, outage.starts.iso8601(in: input.zone),
                               outage.ends.iso8601(in: input.zone), number(Double((outage.ends - outage.starts).milliseconds) / 60_000)])
        }
        files.append(File(name: "components.csv", contents: components.text))
        var states = CSVWriter()
        states.record(["state", "applications"])
        for entry in input.applicationStates { states.record([entry.state.rawValue, String(entry.count)]) }
        files.append(File(name: "application-states.csv", contents: states.text))
        return files.sorted { $0.name < $1.name }
    }

    /// A value as a CSV cell: whole numbers bare, others to at most four decimals.
    private static func number(_ value: Double) -> String {
        NumberText.plain(value, maxPlaces: 4)
    }

    private static func hourly(_ hours: [String], _ columns: [(String, [String])]) -> String {
        var csv = CSVWriter()
        csv.record(["hour"] + columns.map(\.0))
        for (index, hour) in hours.enumerated() {
            csv.record([hour] + columns.map { $0.1[index] })
        }
        return csv.text
    }
}
