/// A bar chart over a band axis: a bar per band, its series stacked in order from the bottom
/// (one series: plain bars).
struct BarChart: Sendable {
    let title: String
    let axis: BandAxis
    let series: [ChartSeries]
    var format: ValueFormat = .count
    /// Words for the `<desc>`; empty: made from the data (``BandChartText``).
    var description = ""
    /// The plural noun of a band in the description: `hours`.
    var unit = "hours"
    /// A level to compare the bars with, drawn as a dashed line across the plot and named at its
    /// right end (`the desk had 4`); the value axis reaches it.
    var reference: (label: String, value: Double)? = nil

    /// The chart as an `<svg>` element whose ids start with `id`.
    func svg(id: String) -> String {
        let totals = (0..<axis.count).map { band in
            series.reduce(0.0) { sum, entry in sum + max(0, band < entry.values.count ? entry.values[band] ?? 0 : 0) }
        }
        let frame = BandChartFrame(legend: series.count > 1 ? series.map(\.name) : [],
                                   maximum: max(totals.max() ?? 0, reference?.value ?? 0), format: format)
        let x = frame.bandScale(axis)
        let y = frame.valueScale
        let words: String
        if !description.isEmpty {
            words = description
        } else if series.count > 1 {
            words = BandChartText.describe("Stacked bar chart", axis: axis,
                                           series: [ChartSeries("Total", totals, colour: Palette.text)] + series,
                                           format: format, unit: unit)
        } else {
            words = BandChartText.describe("Bar chart", axis: axis, series: series, format: format, unit: unit)
        }
        let band = x(1) - x(0)
        let width = max(1, band * 0.8)
        return SVGCanvas.svg(id: id, title: title, description: words, width: BandChartFrame.width, height: frame.height) { svg in
            if series.count > 1 {
                SVGCanvas.legend(series.map { ($0.name, $0.colour, SVGCanvas.Key.swatch) }, left: BandChartFrame.left,
                                 right: BandChartFrame.width - BandChartFrame.right, top: 4, into: &svg)
            }
            SVGCanvas.valueAxis(frame.ticks, scale: y, format: format, left: BandChartFrame.left,
                                right: BandChartFrame.width - BandChartFrame.right, into: &svg)
            svg.block("g", [("class", "bars")]) { group in
                for (position, entry) in series.enumerated() {
                    // One group per series, so a series' bars share their colour.
                    group.block("g", [("fill", entry.colour.css)]) { bars in
                        for index in 0..<axis.count {
                            let below = series[..<position].reduce(0.0) { sum, other in
                                sum + max(0, index < other.values.count ? other.values[index] ?? 0 : 0)
                            }
                            let value = max(0, index < entry.values.count ? entry.values[index] ?? 0 : 0)
                            guard value > 0 else { continue }
                            let top = y(below + value)
                            bars.void("rect", [
                                ("x", SVGCanvas.number(x(Double(index)) + (band - width) / 2)), ("y", SVGCanvas.number(top)),
                                ("width", SVGCanvas.number(width)), ("height", SVGCanvas.number(y(below) - top)),
                            ])
                        }
                    }
                }
            }
            if let reference {
                let level = SVGCanvas.number(y(reference.value))
                svg.block("g", [("class", "reference")]) { group in
                    group.void("line", [("x1", SVGCanvas.number(BandChartFrame.left)), ("y1", level),
                                        ("x2", SVGCanvas.number(BandChartFrame.width - BandChartFrame.right)), ("y2", level),
                                        ("stroke", Palette.text.css), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4")])
                    group.element("text", [("x", SVGCanvas.number(BandChartFrame.width - BandChartFrame.right)),
                                           ("y", SVGCanvas.number(y(reference.value) - 5)), ("text-anchor", "end"),
                                           ("fill", Palette.text.css)], text: reference.label)
                }
            }
            SVGCanvas.bandAxis(axis, scale: x, bottom: frame.bottom, into: &svg)
        }
    }
}
