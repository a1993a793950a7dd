/// Lanes of spans over a band axis: which lane was in which state when (a component's outages
/// over the hours of a run). Each span is coloured by its state and carries a `<title>` in words.
struct TimelineChart: Sendable {
    /// A stretch of one lane, in band units (hour 8.5 is half past the ninth band's start).
    struct Span: Sendable {
        let lane: Int
        let from: Double
        let to: Double
        let colour: RGB
        /// The span in words: its `<title>`, and part of the chart's description.
        let label: String
    }

    let title: String
    let axis: BandAxis
    let lanes: [String]
    let spans: [Span]
    /// The states' colours and names, for the legend.
    let legend: [(name: String, colour: RGB)]
    /// What an empty stretch of a lane means: `operational`.
    let emptyMeaning: String

    static let width = 800.0
    static let laneHeight = 26.0
    static let barHeight = 16.0

    /// The chart as an `<svg>` element whose ids start with `id`.
    func svg(id: String) -> String {
        let left = max(BandChartFrame.left, (lanes.map(SVGCanvas.textWidth).max() ?? 0) + 14)
        let right = Self.width - BandChartFrame.right
        let legendHeight = SVGCanvas.legendHeight(legend.map(\.name), left: left, right: right)
        let top = 8 + legendHeight
        let bottom = top + Double(lanes.count) * Self.laneHeight
        let height = bottom + BandChartFrame.bottomMargin
        let x = LinearScale(domain: (0, Double(max(1, axis.count))), range: (left, right))
        var words = "Timeline of \(lanes.count) lanes over \(axis.count) hours; a lane without a bar was \(emptyMeaning)."
        words += spans.isEmpty ? " Nothing else happened." : " " + spans.map { $0.label + "." }.joined(separator: " ")
        return SVGCanvas.svg(id: id, title: title, description: words, width: Self.width, height: height) { svg in
            SVGCanvas.legend(legend.map { ($0.name, $0.colour, SVGCanvas.Key.swatch) }, left: left, right: right, top: 4, into: &svg)
            svg.block("g", [("class", "lanes")]) { group in
                for (index, lane) in lanes.enumerated() {
                    let middle = top + (Double(index) + 0.5) * Self.laneHeight
                    group.element("text", [("x", SVGCanvas.number(left - 8)), ("y", SVGCanvas.number(middle + 4)),
                                           ("text-anchor", "end"), ("fill", Palette.text.css)], text: lane)
                    group.void("line", [("x1", SVGCanvas.number(left)), ("y1", SVGCanvas.number(middle)),
                                        ("x2", SVGCanvas.number(right)), ("y2", SVGCanvas.number(middle)),
                                        ("stroke", Palette.border.css), ("stroke-width", "1")])
                }
            }
            svg.block("g", [("class", "spans")]) { group in
                for span in spans where span.lane >= 0 && span.lane < lanes.count && span.to > span.from {
                    let start = x(span.from)
                    let width = max(2, x(span.to) - start)
                    let y = top + (Double(span.lane) + 0.5) * Self.laneHeight - Self.barHeight / 2
                    group.block("rect", [("x", SVGCanvas.number(start)), ("y", SVGCanvas.number(y)),
                                         ("width", SVGCanvas.number(width)), ("height", SVGCanvas.number(Self.barHeight)),
                                         ("fill", span.colour.css)]) { rect in
                        rect.element("title", text: span.label)
                    }
                }
            }
            SVGCanvas.bandAxis(axis, scale: x, bottom: bottom, into: &svg)
        }
    }
}
