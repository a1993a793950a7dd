import Portal

extension HTMLPage {
    func components(_ writer: inout HTMLWriter) {
        section("components", title: text.components, &writer) { writer in
            legend(&writer)
            writer.block("ul", [("class", "components")]) { writer in
                for state in input.components { component(state, &writer) }
            }
        }
    }

    /// What each bar colour means, in words.
    private func legend(_ writer: inout HTMLWriter) {
        writer.block("ul", [("class", "legend"), ("aria-label", text.legend)]) { writer in
            for status in ComponentStatus.allCases.sorted(by: { $0.severity < $1.severity }) {
                swatch("status-\(status.rawValue)", label: text.status(status), &writer)
            }
            swatch("swatch-no-data", label: text.noData, &writer)
        }
    }

    private func swatch(_ colourClass: String, label: String, _ writer: inout HTMLWriter) {
        let box = HTMLWriter.inline("span", [("class", "swatch \(colourClass)"), ("aria-hidden", "true")], markup: "")
        writer.element("li", markup: box + Markup.escaped(label))
    }

    private func component(_ state: StatusPage.ComponentState, _ writer: inout HTMLWriter) {
        writer.block("li", [("id", "component-\(state.component.rawValue)")]) { writer in
            writer.block("div", [("class", "row")]) { writer in
                writer.element("h3", text: text.component(state.component))
                writer.raw(badge(state.status))
            }
            guard !state.uptime.isEmpty else { return }
            bars(state, &writer)
            axis(state.uptime, &writer)
            troubleDays(state.uptime, &writer)
        }
    }

    /// The bars, one per day, oldest on the left: a list whose items are named by their
    /// `<title>`, so a screen reader can step through the days and a pointer shows each one.
    private func bars(_ state: StatusPage.ComponentState, _ writer: inout HTMLWriter) {
        let (barWidth, gap, height) = (8, 3, 34)
        let width = state.uptime.count * (barWidth + gap) - gap
        writer.block("svg", [
            ("class", "bars"), ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(width) \(height)"),
            ("preserveAspectRatio", "none"), ("role", "list"), ("aria-label", "\(text.component(state.component)): \(summary(state.uptime))"),
        ]) { writer in
            for (index, day) in state.uptime.enumerated() {
                let fill = day.hasData ? Palette.colour(of: day.worst) : Palette.noData
                let title = HTMLWriter.inline("title", text: dayLabel(day))
                writer.element("rect", [
                    ("role", "listitem"), ("x", "\(index * (barWidth + gap))"), ("y", "0"), ("width", "\(barWidth)"),
                    ("height", "\(height)"), ("rx", "1.5"), ("fill", fill.css),
                ], markup: title)
            }
        }
    }

    /// `30 days ago · 99.8% operational over the last 30 days · Today`.
    private func axis(_ days: [UptimeDay], _ writer: inout HTMLWriter) {
        writer.block("div", [("class", "axis"), ("aria-hidden", "true")]) { writer in
            writer.element("span", text: days.count > 1 ? text.daysAgo(days.count - 1) : text.today)
            writer.element("span", [("class", "summary")], text: summary(days))
            writer.element("span", text: text.today)
        }
    }

    /// The days that were not all operational, in words, folded away: the bars' colours said the
    /// same, and this says it without them.
    private func troubleDays(_ days: [UptimeDay], _ writer: inout HTMLWriter) {
        let trouble = days.filter { $0.hasData && $0.operational < $0.observed }.reversed()
        guard !trouble.isEmpty else {
            writer.element("p", [("class", "meta")], text: text.noTroubleDays)
            return
        }
        writer.block("details") { writer in
            writer.element("summary", text: "\(text.troubleDays) (\(trouble.count))")
            writer.block("ul") { writer in
                for day in trouble { writer.element("li", text: dayLabel(day)) }
            }
        }
    }

    /// `99.8% operational over the last 30 days`, over the days with data.
    func summary(_ days: [UptimeDay]) -> String {
        let observed = days.reduce(TimeSpan.zero) { $0 + $1.observed }
        guard observed > .zero else { return text.uptimeNoData }
        let operational = days.reduce(TimeSpan.zero) { $0 + $1.operational }
        return text.uptimeSummary(text.percent(operational, of: observed, decimals: 2), days.count)
    }

    /// `2026-11-12: 99.3% operational, worst: partial outage`.
    func dayLabel(_ day: UptimeDay) -> String {
        guard day.hasData else { return text.dayWithoutData(day.day.description) }
        return text.dayLabel(
            day.day.description, text.percent(day.operational, of: day.observed), text.status(day.worst).lowercased())
    }
}
