/// What every chart draws the same way: the `<svg>` element with its accessible name and
/// description, the legend, the value axis with its grid, and the band axis under the plot.
///
/// Coordinates are written with at most two decimals by ``NumberText``, so a chart's bytes
/// depend on its data alone.
enum SVGCanvas {
    /// Font size of labels, in SVG units (the chart's pixels at its natural width).
    static let fontSize = 12.0
    /// Height of one legend row.
    static let legendRow = 20.0

    /// A coordinate or length as SVG text: `12.5`, `300`.
    static func number(_ value: Double) -> String {
        NumberText.plain(value, maxPlaces: 2)
    }

    /// About how wide `text` is at the label font size: charts have no font metrics, and a
    /// generous guess keeps labels from running into each other.
    static func textWidth(_ text: String) -> Double {
        Double(text.count) * fontSize * 0.62
    }

    /// A whole `<svg>` document fragment: `role="img"` named by its `<title>` and described by
    /// its `<desc>` (ids `ID-title`, `ID-desc`), then `body`.
    static func svg(id: String, title: String, description: String, width: Double, height: Double,
                    _ body: (inout HTMLWriter) -> Void) -> String {
        var writer = HTMLWriter()
        writer.block("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "chart"),
            ("viewBox", "0 0 \(number(width)) \(number(height))"), ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"), ("font-size", number(fontSize)),
        ]) { svg in
            svg.element("title", [("id", "\(id)-title")], text: title)
            svg.element("desc", [("id", "\(id)-desc")], text: description)
            body(&svg)
        }
        return writer.text
    }

    /// How a legend entry shows its series: a filled square (bars, spans) or a line sample with
    /// the series' dash pattern.
    enum Key {
        case swatch
        case line(dash: String?)
    }

    /// Where each legend entry goes when entries of these names wrap from `left` to `right`: its
    /// x and its row.
    static func legendPlaces(_ names: [String], left: Double, right: Double) -> [(x: Double, row: Int)] {
        var x = left
        var row = 0
        return names.map { name in
            let width = 22 + textWidth(name) + 16
            if x > left, x + width > right {
                row += 1
                x = left
            }
            defer { x += width }
            return (x, row)
        }
    }

    /// The height a legend of these names takes between `left` and `right` (0 for none).
    static func legendHeight(_ names: [String], left: Double, right: Double) -> Double {
        guard let last = legendPlaces(names, left: left, right: right).last else { return 0 }
        return Double(last.row + 1) * legendRow + 6
    }

    /// Draws the legend from `left` to `right` at `top`, wrapping to new rows as
    /// ``legendPlaces(_:left:right:)`` says.
    static func legend(_ entries: [(name: String, colour: RGB, key: Key)], left: Double, right: Double, top: Double,
                       into svg: inout HTMLWriter) {
        guard !entries.isEmpty else { return }
        let places = legendPlaces(entries.map(\.name), left: left, right: right)
        svg.block("g", [("class", "legend")]) { group in
            for (entry, place) in zip(entries, places) {
                let x = place.x
                let middle = top + Double(place.row) * legendRow + legendRow / 2
                switch entry.key {
                case .swatch:
                    group.void("rect", [("x", number(x)), ("y", number(middle - 6)), ("width", "12"), ("height", "12"),
                                        ("fill", entry.colour.css)])
                case .line(let dash):
                    var attributes: HTMLWriter.Attributes = [
                        ("x1", number(x)), ("y1", number(middle)), ("x2", number(x + 16)), ("y2", number(middle)),
                        ("stroke", entry.colour.css), ("stroke-width", "2.5"),
                    ]
                    if let dash { attributes.append(("stroke-dasharray", dash)) }
                    group.void("line", attributes)
                }
                group.element("text", [("x", number(x + 22)), ("y", number(middle + 4)), ("fill", Palette.text.css)],
                              text: entry.name)
            }
        }
    }

    /// Horizontal grid lines and labels at `ticks` of the value axis, left of the plot.
    static func valueAxis(_ ticks: [Double], scale: LinearScale, format: ValueFormat, left: Double, right: Double,
                          into svg: inout HTMLWriter) {
        svg.block("g", [("class", "value-axis")]) { group in
            for tick in ticks {
                let y = number(scale(tick))
                group.void("line", [("x1", number(left)), ("y1", y), ("x2", number(right)), ("y2", y),
                                    ("stroke", tick == 0 ? Palette.mutedText.css : Palette.border.css), ("stroke-width", "1")])
                group.element("text", [("x", number(left - 6)), ("y", number(scale(tick) + 4)), ("text-anchor", "end"),
                                       ("fill", Palette.mutedText.css)], text: format.text(tick))
            }
        }
    }

    /// Ticks and labels of a band axis under the plot, and the axis title below them.
    static func bandAxis(_ axis: BandAxis, scale: LinearScale, bottom: Double, into svg: inout HTMLWriter) {
        svg.block("g", [("class", "band-axis")]) { group in
            for index in axis.ticks where index >= 0 && index <= axis.count {
                let x = number(scale(Double(index)))
                group.void("line", [("x1", x), ("y1", number(bottom)), ("x2", x), ("y2", number(bottom + 5)),
                                    ("stroke", Palette.mutedText.css), ("stroke-width", "1")])
                if index < axis.count {
                    group.element("text", [("x", x), ("y", number(bottom + 18)), ("text-anchor", "middle"),
                                           ("fill", Palette.mutedText.css)], text: axis.labels[index])
                }
            }
            let middle = (scale.range.lower + scale.range.upper) / 2
            group.element("text", [("x", number(middle)), ("y", number(bottom + 34)), ("text-anchor", "middle"),
                                   ("fill", Palette.mutedText.css)], text: axis.title)
        }
    }
}
