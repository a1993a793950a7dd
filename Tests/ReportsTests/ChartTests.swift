@testable import Reports
import Testing

@Suite("SVG charts")
struct ChartTests {
    static let hours = BandAxis(labels: (0..<24).map { ($0 < 10 ? "0" : "") + "\($0):00" }, ticks: Array(stride(from: 0, through: 24, by: 3)),
                                title: "hour (WIB)")
    static let wave: [Double?] = (0..<24).map { Double(($0 * 37) % 100) }

    @Test("linear scales map the domain onto the range, backwards too")
    func scale() {
        let x = LinearScale(domain: (0, 24), range: (64, 784))
        #expect(x(0) == 64 && x(24) == 784 && x(12) == 424)
        let y = LinearScale(domain: (0, 100), range: (200, 20))
        #expect(y(0) == 200 && y(100) == 20 && y(50) == 110)
        #expect(LinearScale(domain: (5, 5), range: (1, 2))(9) == 1)
    }

    @Test("ticks step by 1, 2 or 5 times a power of ten, from 0 past the maximum", arguments: [
        (100.0, true, [0.0, 20, 40, 60, 80, 100]), (1_034, true, [0, 200, 400, 600, 800, 1000, 1200]),
        (7, true, [0, 1, 2, 3, 4, 5, 6, 7]), (3, true, [0, 1, 2, 3]), (0.4, true, [0, 1]), (0, true, [0, 1]),
        (1, false, [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]), (0.9, false, [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]),
        (42, true, [0, 10, 20, 30, 40, 50]), (25_000, true, [0, 5000, 10000, 15000, 20000, 25000]),
    ])
    func ticks(maximum: Double, whole: Bool, expected: [Double]) {
        #expect(AxisTicks.nice(maximum: maximum, wholeNumbers: whole) == expected)
    }

    @Test("every chart is well-formed SVG named by its title and described by its desc")
    func wellFormed() throws {
        let charts: [ReportChart] = [
            .line(LineChart(title: "Logins <per> hour & more", axis: Self.hours,
                            series: [ChartSeries("attempts", Self.wave, colour: Palette.series(0)),
                                     ChartSeries("gaps", Self.wave.enumerated().map { $0.offset % 5 == 0 ? nil : $0.element },
                                                 colour: Palette.series(1))])),
            .bars(BarChart(title: "Tickets", axis: Self.hours,
                           series: [ChartSeries("otp", Self.wave, colour: Palette.series(0)),
                                    ChartSeries("login", Self.wave.map { $0.map { $0 / 2 } }, colour: Palette.series(1))])),
            .horizontalBars(HorizontalBarChart(title: "Failures", bars: [("wrong password", 1897), ("captcha", 865), ("none", 0)],
                                               colour: Palette.series(0))),
            .timeline(TimelineChart(title: "Components", axis: Self.hours, lanes: ["auth", "sms-gateway"],
                                    spans: [.init(lane: 1, from: 8, to: 10, colour: Palette.colour(of: .majorOutage),
                                                  label: "sms-gateway: major outage 08:00–10:00")],
                                    legend: [("major outage", Palette.colour(of: .majorOutage))], emptyMeaning: "operational")),
        ]
        for (index, chart) in charts.enumerated() {
            let svg = chart.svg(id: "c\(index)")
            let tree = try XMLTree.parse(svg)
            #expect(tree.name == "svg")
            #expect(tree.attributes["role"] == "img")
            #expect(tree.attributes["aria-labelledby"] == "c\(index)-title c\(index)-desc")
            #expect(tree.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(tree.children.first?.name == "title" && tree.children.first?.fullText == chart.title)
            #expect(tree.children.dropFirst().first?.name == "desc" && tree.children.dropFirst().first?.fullText.isEmpty == false)
            #expect(svg == chart.svg(id: "c\(index)"), "the same chart gives the same bytes")
            // Coordinates have at most two decimals and never an exponent.
            let numbers = svg.matches(of: /[xy][12]?="(-?[0-9.]+)"/).map { String($0.output.1) }
            #expect(!numbers.isEmpty)
            #expect(numbers.allSatisfy { !$0.contains("e") && ($0.split(separator: ".").dropFirst().first?.count ?? 0) <= 2 }, "\(numbers)")
        }
    }

    @Test("a line chart puts each value in the middle of its band and breaks at a missing one")
    func linePath() {
        let x = LinearScale(domain: (0, 4), range: (0, 400))
        let y = LinearScale(domain: (0, 10), range: (100, 0))
        #expect(LineChart.path([0, 10, nil, 5], x: x, y: y) == "M50 100L150 0 M347 50h6")
        #expect(LineChart.path([nil, nil], x: x, y: y) == "")
    }

    @Test("a line chart labels its value axis from 0 and ticks every third hour")
    func lineAxes() throws {
        let chart = LineChart(title: "Codes", axis: Self.hours, series: [ChartSeries("sent", Self.wave, colour: Palette.series(0))])
        let tree = try XMLTree.parse(chart.svg(id: "codes"))
        let valueLabels = tree.elements("g").first { $0.attributes["class"] == "value-axis" }?.elements("text").map(\.fullText)
        #expect(valueLabels == ["0", "20", "40", "60", "80", "100"])
        let bandLabels = tree.elements("g").first { $0.attributes["class"] == "band-axis" }?.elements("text").map(\.fullText)
        #expect(bandLabels == ["00:00", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00", "hour (WIB)"])
        let desc = try #require(tree.children("desc").first?.fullText)
        #expect(desc == "Line chart of 24 hours, 00:00 to 23:00. sent: highest 96 at 08:00, lowest 0 at 00:00.")
    }

    @Test("percent axes reach 100% and write percentages")
    func percentAxis() throws {
        let chart = LineChart(title: "Success", axis: Self.hours, series: [ChartSeries("success", [0.5, 0.75], colour: Palette.series(0))],
                              format: .percent, minimumTop: 1)
        let tree = try XMLTree.parse(chart.svg(id: "rate"))
        let labels = tree.elements("g").first { $0.attributes["class"] == "value-axis" }?.elements("text").map(\.fullText)
        #expect(labels == ["0%", "20%", "40%", "60%", "80%", "100%"])
    }

    @Test("stacked bars: each band's bars sit on the ones below, and their heights add up to the total")
    func stacked() throws {
        let axis = BandAxis(labels: ["a", "b"], ticks: [0, 1], title: "t")
        let chart = BarChart(title: "Stack", axis: axis, series: [ChartSeries("low", [2, 0], colour: Palette.series(0)),
                                                                   ChartSeries("high", [3, 4], colour: Palette.series(1))])
        let tree = try XMLTree.parse(chart.svg(id: "s"))
        let groups = tree.elements("g").filter { $0.attributes["fill"] != nil }
        #expect(groups.count == 2)
        let low = groups[0].elements("rect"), high = groups[1].elements("rect")
        #expect(low.count == 1 && high.count == 2, "no rectangle for a zero")
        func number(_ element: XMLTree, _ name: String) -> Double { Double(element.attributes[name] ?? "") ?? .nan }
        // The high bar of band a starts where the low one ends.
        #expect(number(high[0], "y") + number(high[0], "height") == number(low[0], "y"))
        // 5 units (a) and 4 units (b): heights in proportion.
        let a = number(high[0], "height") + number(low[0], "height"), b = number(high[1], "height")
        #expect(abs(a / b - 5.0 / 4.0) < 0.01)
        #expect(tree.children("desc").first?.fullText.hasPrefix("Stacked bar chart of 2 hours, a to b. Total: highest 5 at a") == true)
    }

    @Test("timeline spans carry their words as titles")
    func timeline() throws {
        let chart = TimelineChart(title: "Components", axis: Self.hours, lanes: ["auth"],
                                  spans: [.init(lane: 0, from: 15.5, to: 15.5 + 20.0 / 60, colour: Palette.colour(of: .majorOutage),
                                                label: "auth: major outage 15:30–15:50")],
                                  legend: [("major outage", Palette.colour(of: .majorOutage))], emptyMeaning: "operational")
        let tree = try XMLTree.parse(chart.svg(id: "t"))
        let rect = try #require(tree.elements("g").first { $0.attributes["class"] == "spans" }?.elements("rect").first)
        #expect(rect.children("title").first?.fullText == "auth: major outage 15:30–15:50")
        #expect(rect.attributes["fill"] == Palette.colour(of: .majorOutage).css)
    }
}
