/// Charts as files of their own (`sweep.svg`), for commands outside the reports.
public enum StandaloneChart {
    /// Horizontal bars, one per label, with each value written after its bar: an SVG document.
    public static func horizontalBars(title: String, bars: [(label: String, value: Double)]) -> String {
        let chart = HorizontalBarChart(title: title, bars: bars, colour: Palette.series(0))
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + chart.svg(id: "chart") + "\n"
    }
}
