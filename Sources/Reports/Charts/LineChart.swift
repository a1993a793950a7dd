/// A line chart over a band axis: each series a line through the middle of its bands, broken
/// where a value is missing; lines told apart by colour and dash pattern.
struct LineChart: Sendable {
    let title: String
    let axis: BandAxis
    let series: [ChartSeries]
    var format: ValueFormat = .count
    /// The top of the value axis at least (1 for shares, so 100% is always in view).
    var minimumTop: Double = 0
    /// Words for the `<desc>`; empty: made from the data (``BandChartText``).
    var description = ""
    /// The plural noun of a band in the description: `hours`.
    var unit = "hours"

    /// Dash patterns in series order (repeating), so lines differ by more than colour.
    static let dashes: [String?] = [nil, "7 4", "2 3", "10 3 2 3"]

    /// The chart as an `<svg>` element whose ids start with `id`.
    func svg(id: String) -> String {
        let maximum = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        // One line needs no legend: the title names it.
        let named = series.count > 1 ? series : []
        let frame = BandChartFrame(legend: named.map(\.name), maximum: max(maximum, minimumTop), format: format)
        let x = frame.bandScale(axis)
        let y = frame.valueScale
        let words = description.isEmpty
            ? BandChartText.describe("Line chart", axis: axis, series: series, format: format, unit: unit) : description
        return SVGCanvas.svg(id: id, title: title, description: words, width: BandChartFrame.width, height: frame.height) { svg in
            SVGCanvas.legend(named.enumerated().map { index, entry in
                (entry.name, entry.colour, SVGCanvas.Key.line(dash: Self.dashes[index % Self.dashes.count]))
            }, left: BandChartFrame.left, right: BandChartFrame.width - BandChartFrame.right, top: 4, into: &svg)
            SVGCanvas.valueAxis(frame.ticks, scale: y, format: format, left: BandChartFrame.left,
                                right: BandChartFrame.width - BandChartFrame.right, into: &svg)
            svg.block("g", [("class", "lines"), ("fill", "none"), ("stroke-width", "2"), ("stroke-linejoin", "round")]) { group in
                for (index, entry) in series.enumerated() {
                    var attributes: HTMLWriter.Attributes = [("d", Self.path(entry.values, x: x, y: y)), ("stroke", entry.colour.css)]
                    if let dash = Self.dashes[index % Self.dashes.count] { attributes.append(("stroke-dasharray", dash)) }
                    group.void("path", attributes)
                }
            }
            SVGCanvas.bandAxis(axis, scale: x, bottom: frame.bottom, into: &svg)
        }
    }

    /// The path through the middle of each band with a value: a new `M` after every gap, and a
    /// short dash for a value with no neighbour, so it still shows.
    static func path(_ values: [Double?], x: LinearScale, y: LinearScale) -> String {
        var parts: [String] = []
        var run: [(Double, Double)] = []
        func flush() {
            guard let first = run.first else { return }
            if run.count == 1 {
                parts.append("M\(SVGCanvas.number(first.0 - 3)) \(SVGCanvas.number(first.1))h6")
            } else {
                parts.append("M" + run.map { "\(SVGCanvas.number($0.0)) \(SVGCanvas.number($0.1))" }.joined(separator: "L"))
            }
            run = []
        }
        for (index, value) in values.enumerated() {
            guard let value else {
                flush()
                continue
            }
            run.append((x(Double(index) + 0.5), y(value)))
        }
        flush()
        return parts.joined(separator: " ")
    }
}
