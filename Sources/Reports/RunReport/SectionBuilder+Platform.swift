import Portal

extension SectionBuilder {
    /// When each component was not operational, from the world's record.
    func components() -> ReportSection {
        var blocks: [ReportSection.Block] = [
            .paragraph("When a component was not operational, from the world's record: scripted incidents, maintenance, "
                + "random failures and overload. A component that is not listed was operational throughout."),
        ]
        guard !input.outages.isEmpty else {
            blocks.append(.paragraph("Every component was operational throughout the run."))
            return ReportSection(id: "components", title: "Component status", blocks: blocks)
        }
        let lanes = Component.allCases
        let hour = 3_600_000.0
        let spans = input.outages.map { outage in
            TimelineChart.Span(
                lane: lanes.firstIndex(of: outage.component) ?? 0,
                from: Double((outage.starts - input.start).milliseconds) / hour, to: Double((outage.ends - input.start).milliseconds) / hour,
                colour: Palette.colour(of: outage.status),
                label: "\(outage.component.rawValue): \(Self.words(outage.status)) \(time(outage.starts))–\(time(outage.ends)) (\(outage.cause))")
        }
        let statuses = ComponentStatus.allCases.filter { status in input.outages.contains { $0.status == status } }
        blocks.append(.chart(.timeline(TimelineChart(
            title: "Component status over the run", axis: axis, lanes: lanes.map(\.rawValue), spans: spans,
            legend: statuses.map { (Self.words($0), Palette.colour(of: $0)) }, emptyMeaning: "operational"))))
        let rows = input.outages.map { outage in
            [outage.component.rawValue, Self.words(outage.status), outage.cause, time(outage.starts), time(outage.ends),
             (outage.ends - outage.starts).description]
        }
        blocks.append(.table(ReportTable(caption: "Periods a component was not operational",
                                         header: ["component", "status", "cause", "from", "to", "for"],
                                         alignments: [.left, .left, .left, .left, .left, .right], rows: rows)))
        return ReportSection(id: "components", title: "Component status", blocks: blocks)
    }

    /// Applications by state at the end, and what happened to applications during the run.
    func applications() -> ReportSection {
        let total = input.applicationStates.reduce(0) { $0 + $1.count }
        let group = RunReport.SeriesGroup.applications
        var blocks: [ReportSection.Block] = [
            .paragraph("Visa, stay-permit and passport applications in each state at the end of the run (those begun before it "
                + "included), and what people and officers did with applications during it."),
        ]
        if total > 0 {
            blocks.append(.chart(.horizontalBars(HorizontalBarChart(
                title: "Applications by state at the end of the run",
                bars: input.applicationStates.map { (Self.words($0.state), Double($0.count)) }, colour: Palette.series(0)))))
        }
        blocks.append(.table(ReportTable(
            caption: "Applications by state at the end", header: ["state", "applications", "share"],
            rows: input.applicationStates.map { [Self.words($0.state), Self.count(Double($0.count)), Self.share(Double($0.count), of: Double(total))] },
            footer: ["total", Self.count(Double(total)), Self.share(Double(total), of: Double(total))])))
        blocks.append(.table(ReportTable(
            caption: "Applications during the run", header: ["what", "count"],
            rows: group.series(in: input).map { [group.words(for: $0), Self.count(input.total($0))] })))
        return ReportSection(id: "applications", title: "Applications", blocks: blocks)
    }

    /// Where every hour's values are: the CSV files.
    func data() -> ReportSection {
        var items = RunReport.SeriesGroup.allCases.map { group in
            "\(group.file): \(group.series(in: input).joined(separator: ", "))"
                + (group == .logins ? ", success-rate" : group == .tickets ? ", tickets, agents-needed" : "")
        }
        items.append("components.csv: each period a component was not operational")
        items.append("application-states.csv: applications in each state at the end")
        if !RunReport.ungroupedSeries(in: input).isEmpty {
            items.append("other.csv: \(RunReport.ungroupedSeries(in: input).joined(separator: ", "))")
        }
        return ReportSection(id: "data", title: "Data", blocks: [
            .paragraph("Every hour of every series is in the CSV files (apoa report --format csv), one file per group, with a "
                + "header row and one row per hour, its time in ISO 8601 in \(input.zone.identifier):"),
            .list(items),
        ])
    }

    /// A component status in words: `major outage`.
    static func words(_ status: ComponentStatus) -> String {
        status.rawValue.replacingDashes
    }

    /// An application state in words: `under review`.
    static func words(_ state: ApplicationState) -> String {
        state.rawValue.replacingDashes
    }
}

private extension String {
    /// `major-outage` → `major outage`.
    var replacingDashes: String {
        String(map { $0 == "-" ? " " : $0 })
    }
}
