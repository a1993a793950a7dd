/// What line and bar charts over a band axis share: their frame, value scale and the words of
/// their description.
struct BandChartFrame {
    static let width = 800.0
    static let plotHeight = 180.0
    static let left = 64.0
    static let right = 16.0
    static let bottomMargin = 44.0

    let legendHeight: Double
    let ticks: [Double]

    init(legend names: [String], maximum: Double, format: ValueFormat) {
        legendHeight = SVGCanvas.legendHeight(names, left: Self.left, right: Self.width - Self.right)
        ticks = AxisTicks.nice(maximum: maximum, wholeNumbers: format.isWhole)
    }

    var top: Double { 8 + legendHeight }
    var bottom: Double { top + Self.plotHeight }
    var height: Double { bottom + Self.bottomMargin }

    /// Values to heights: 0 at the plot's bottom, the highest tick at its top.
    var valueScale: LinearScale {
        LinearScale(domain: (0, ticks.last ?? 1), range: (bottom, top))
    }

    /// Band positions (0 to the band count) to x.
    func bandScale(_ axis: BandAxis) -> LinearScale {
        LinearScale(domain: (0, Double(max(1, axis.count))), range: (Self.left, Self.width - Self.right))
    }
}

/// Words that describe a band chart to someone who cannot see it.
enum BandChartText {
    /// `Line chart of 24 hours, 00:00 to 23:00. Attempts: highest 1,034 at 09:00, lowest 12 at
    /// 03:00.` — each series' extremes with where they fall (the first band on a tie).
    static func describe(_ kind: String, axis: BandAxis, series: [ChartSeries], format: ValueFormat, unit: String) -> String {
        var text = "\(kind) of \(axis.count) \(unit)"
        if let first = axis.labels.first, let last = axis.labels.last {
            text += axis.count > 1 ? ", \(first) to \(last)." : ", \(first)."
        } else {
            text += "."
        }
        for entry in series {
            let present = entry.values.enumerated().compactMap { index, value in value.map { (index, $0) } }
            guard let high = present.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }),
                  let low = present.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else {
                text += " \(entry.name): no values."
                continue
            }
            text += " \(entry.name): highest \(format.text(high.1)) at \(axis.labels[high.0])"
            text += high.1 == low.1 ? "." : ", lowest \(format.text(low.1)) at \(axis.labels[low.0])."
        }
        return text
    }
}
