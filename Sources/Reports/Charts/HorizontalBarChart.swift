/// Horizontal bars, one per labelled category, each with its value written after it: for
/// totals by kind (failures by reason, applications by state).
struct HorizontalBarChart: Sendable {
    let title: String
    let bars: [(label: String, value: Double)]
    let colour: RGB
    var format: ValueFormat = .count
    /// Words for the `<desc>`; empty: every bar's label and value.
    var description = ""

    static let width = 800.0
    static let barHeight = 18.0
    static let rowHeight = 26.0

    /// The chart as an `<svg>` element whose ids start with `id`.
    func svg(id: String) -> String {
        let labelWidth = min(260, (bars.map { SVGCanvas.textWidth($0.label) }.max() ?? 0) + 12)
        let maximum = bars.map(\.value).max() ?? 0
        let valueWidth = (bars.map { SVGCanvas.textWidth(format.text($0.value)) }.max() ?? 0) + 12
        let scale = LinearScale(domain: (0, maximum > 0 ? maximum : 1), range: (labelWidth, Self.width - valueWidth))
        let height = Double(bars.count) * Self.rowHeight + 12
        let words = description.isEmpty
            ? "Bar chart of \(bars.count) values. " + bars.map { "\($0.label): \(format.text($0.value))." }.joined(separator: " ")
            : description
        return SVGCanvas.svg(id: id, title: title, description: words, width: Self.width, height: height) { svg in
            svg.block("g", [("class", "bars")]) { group in
                for (index, bar) in bars.enumerated() {
                    let top = 6 + Double(index) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
                    let middle = top + Self.barHeight / 2 + 4
                    group.element("text", [("x", SVGCanvas.number(labelWidth - 8)), ("y", SVGCanvas.number(middle)),
                                           ("text-anchor", "end"), ("fill", Palette.text.css)], text: bar.label)
                    let end = scale(max(0, bar.value))
                    if end > labelWidth {
                        group.void("rect", [("x", SVGCanvas.number(labelWidth)), ("y", SVGCanvas.number(top)),
                                            ("width", SVGCanvas.number(end - labelWidth)), ("height", SVGCanvas.number(Self.barHeight)),
                                            ("fill", colour.css)])
                    }
                    group.element("text", [("x", SVGCanvas.number(end + 6)), ("y", SVGCanvas.number(middle)),
                                           ("fill", Palette.text.css)], text: format.text(bar.value))
                }
                group.void("line", [("x1", SVGCanvas.number(labelWidth)), ("y1", "4"), ("x2", SVGCanvas.number(labelWidth)),
                                    ("y2", SVGCanvas.number(height - 4)), ("stroke", Palette.mutedText.css), ("stroke-width", "1")])
            }
        }
    }
}
