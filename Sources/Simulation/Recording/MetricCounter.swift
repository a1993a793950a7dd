/// A partition's hourly counts while it runs: a `MetricTable`'s numbers, added to in place.
///
/// Every event adds to one or two counts; a `MetricTable` inside the recorder inside the
/// partition checked its array for copy-on-write at each of them. A class the recorder owns,
/// never copied; `table` hands the counts over as a value at the end.
final class MetricCounter {
    let hours: Int
    private let values: FlatArray<Int64>

    /// Zero counts for `hours` hours.
    init(hours: Int) {
        self.hours = hours
        values = FlatArray(repeating: 0, count: hours * Metric.allCases.count)
    }

    /// Adds to a metric in one hour of the run (hours outside it are not counted).
    @inline(__always)
    func add(_ metric: Metric, hour: Int, _ amount: Int64 = 1) {
        guard hour >= 0, hour < hours else { return }
        values[hour * Metric.count + metric.rawValue] &+= amount
    }

    /// The sum of a metric over the run so far.
    func total(_ metric: Metric) -> Int64 {
        (0..<hours).reduce(0) { $0 &+ values[$1 * Metric.count + metric.rawValue] }
    }

    /// The counts as a table.
    var table: MetricTable {
        MetricTable(hours: hours, values: values.elements)
    }
}
