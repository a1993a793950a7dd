extension SectionBuilder {
    /// Tickets per period by category, with the queue of the scenario's desk.
    func tickets() -> ReportSection {
        let group = RunReport.SeriesGroup.tickets
        let categories = RunReport.ticketCategories(in: input).filter { input.total($0) > 0 }
        let perHour = RunReport.ticketsPerHour(input)
        let waiting = input.values("queue.waiting"), waits = input.values("queue.wait-minutes")
        let total = perHour.reduce(0, +)
        let desk = "\(input.support.agents) agent\(input.support.agents == 1 ? "" : "s") taking \(input.support.handleTime) "
            + "a ticket on average"
        var blocks: [ReportSection.Block] = [
            .paragraph("Tickets people opened, by the category the desk files them under, and the queue a desk of \(desk) "
                + "would have had (first come, first served): tickets still waiting for an agent at the end of each hour, and "
                + "the mean wait of the tickets opened in it. The tickets themselves stay open in the world, for the desk to work."),
        ]
        guard total > 0 else {
            blocks.append(.paragraph("Nobody contacted the desk."))
            return ReportSection(id: "tickets", title: "Tickets", blocks: blocks)
        }
        blocks.append(.chart(.bars(BarChart(title: "Tickets opened per hour, by category", axis: axis,
                                            series: categories.enumerated().map { index, name in
                                                ChartSeries(group.words(for: name), input.values(name).map { $0 }, colour: Palette.series(index))
                                            }))))
        blocks.append(.chart(.line(LineChart(title: "Tickets waiting for an agent at each hour's end", axis: axis,
                                             series: [ChartSeries("waiting", waiting.map { $0 }, colour: Palette.series(1))]))))
        var rows: [[String]] = []
        for period in periods.rows {
            let opened = sum(perHour, period)
            rows.append([period.label] + categories.map { Self.count(sum(input.values($0), period)) } + [
                Self.count(opened), Self.count(period.hours.map { waiting[$0] }.max() ?? 0), meanWait(waits, perHour, period.hours),
            ])
        }
        let footer = ["total"] + categories.map { Self.count(input.total($0)) }
            + [Self.count(total), Self.count(waiting.max() ?? 0), meanWait(waits, perHour, 0..<input.hours)]
        let queueHeading = periods.isDaily ? "most waiting at an hour's end" : "waiting at the hour's end"
        blocks.append(.table(ReportTable(
            caption: perPeriod("Tickets") + " by category, and the queue",
            header: [periods.heading] + categories.map { group.words(for: $0) } + ["total", queueHeading, "mean wait (min)"],
            rows: rows, footer: footer)))
        return ReportSection(id: "tickets", title: "Tickets", blocks: blocks)
    }

    /// The agents each hour's tickets needed to meet the target, by Erlang C.
    func staffing() -> ReportSection {
        let plans = RunReport.staffingPerHour(input)
        let perHour = RunReport.ticketsPerHour(input)
        let needed = plans.map { Double($0?.agents ?? 0) }
        let target = "\(NumberText.plain(input.target.share * 100, maxPlaces: 1))% of them are taken up within "
            + Self.seconds(input.target.seconds)
        let short = needed.filter { $0 > Double(input.support.agents) }.count
        var text = "How many agents on duty each hour's tickets needed so that \(target), by Erlang C: tickets arrive at random, each "
            + "takes \(input.support.handleTime) on average, and nobody gives up. No shrinkage is added: roster more for breaks, "
            + "training and absence (apoa staffing --shrinkage). The scenario's desk had \(input.support.agents)"
        text += short > 0 ? "; it was short in \(short) hour\(short == 1 ? "" : "s")." : ", enough in every hour."
        var blocks: [ReportSection.Block] = [.paragraph(text)]
        guard perHour.contains(where: { $0 > 0 }) else {
            blocks.append(.paragraph("No tickets, so no agents were needed."))
            return ReportSection(id: "staffing", title: "Agents needed", blocks: blocks)
        }
        blocks.append(.chart(.bars(BarChart(
            title: "Agents needed on duty per hour", axis: axis,
            series: [ChartSeries("agents needed", needed.map { $0 }, colour: Palette.series(3))],
            description: BandChartText.describe("Bar chart", axis: axis, series: [
                ChartSeries("agents needed", needed.map { $0 }, colour: Palette.series(3)),
            ], format: .count, unit: "hours") + " The desk had \(input.support.agents).",
            unit: "hours",
            reference: ("the desk had \(input.support.agents)", Double(input.support.agents))))))
        if periods.isDaily {
            var rows: [[String]] = []
            for period in periods.rows {
                let hours = Array(period.hours)
                let peak = hours.max { perHour[$0] < perHour[$1] || (perHour[$0] == perHour[$1] && $0 > $1) }
                let busy = peak.flatMap { perHour[$0] > 0 ? $0 : nil }
                rows.append([period.label, Self.count(sum(perHour, period)), busy.map { periods.hourLabels[$0] } ?? Self.none,
                             busy.map { Self.count(perHour[$0]) } ?? Self.none, busy.map { Self.count(needed[$0]) } ?? "0"])
            }
            blocks.append(.table(ReportTable(caption: "Agents needed at each day's busiest hour",
                                             header: [periods.heading, "tickets", "busiest hour", "its tickets", "agents needed then"],
                                             alignments: [.left, .right, .left, .right, .right], rows: rows)))
        } else {
            var rows: [[String]] = []
            for (hour, plan) in plans.enumerated() {
                guard let plan else { continue }
                let load = perHour[hour] / 3600 * Double(input.support.handleTime.milliseconds) / 1000
                rows.append([periods.hourLabels[hour], Self.count(perHour[hour]), NumberText.decimal(load, places: 2),
                             String(plan.agents), NumberText.percent(plan.serviceLevel)])
            }
            if rows.count < input.hours { blocks.append(.paragraph("Hours without tickets need nobody and are left out.")) }
            blocks.append(.table(ReportTable(
                caption: "Agents needed per hour",
                header: [periods.heading, "tickets", "load (Erlangs)", "agents needed",
                         "taken up within \(Self.seconds(input.target.seconds))"],
                rows: rows)))
        }
        return ReportSection(id: "staffing", title: "Agents needed", blocks: blocks)
    }

    /// The mean wait of the tickets opened in `hours`: each hour's mean weighted by its tickets.
    private func meanWait(_ waits: [Double], _ tickets: [Double], _ hours: Range<Int>) -> String {
        let count = hours.reduce(0) { $0 + tickets[$1] }
        guard count > 0 else { return Self.none }
        return NumberText.decimal(hours.reduce(0) { $0 + waits[$1] * tickets[$1] } / count, places: 1)
    }
}
