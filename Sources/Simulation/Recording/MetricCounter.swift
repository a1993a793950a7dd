/// A partition's hourly counts while it runs: a `MetricTable`'s numbers, added to in place.
///
/// Every event adds to one or two counts; a `MetricTable` inside the recorder inside the
/// partition checked its array for copy-on-write at each of them. A class the recorder owns,
/// never copied; `table` hands the counts over as a value at the end.
final class MetricCounter {
    let hours: Int
    /// A row of `Metric.count` counts per hour of the run (hour-major), then one more row that
    /// takes the counts of instants outside the run and is never read: the recorder finds an
    /// event's row once (`row(_:)`) and adds to it without checking the hour at every count.
    /// Its own storage rather than a `FlatArray`: one pointer fewer to follow per count.
    private let values: UnsafeMutablePointer<Int64>

    /// Zero counts for `hours` hours.
    init(hours: Int) {
        self.hours = hours
        values = .allocate(capacity: (hours + 1) * Metric.count)
        values.initialize(repeating: 0, count: (hours + 1) * Metric.count)
    }

    deinit {
        values.deallocate()
    }

    /// Adds to a metric in one hour of the run (hours outside it are not counted).
    @inline(__always)
    func add(_ metric: Metric, hour: Int, _ amount: Int64 = 1) {
        guard hour >= 0, hour < hours else { return }
        values[hour &* Metric.count &+ metric.rawValue] &+= amount
    }

    /// Where hour `hour`'s counts start, for `add(_:row:)`: past the run's rows for an hour
    /// outside it, so that what is added there is not counted.
    @inline(__always)
    func row(_ hour: Int) -> Int {
        (hour >= 0 && hour < hours ? hour : hours) &* Metric.count
    }

    /// Adds one to a metric in the row `row(_:)` gave.
    @inline(__always)
    func add(_ metric: Metric, row: Int) {
        values[row &+ metric.rawValue] &+= 1
    }

    /// The sum of a metric over the run so far.
    func total(_ metric: Metric) -> Int64 {
        (0..<hours).reduce(0) { $0 &+ values[$1 * Metric.count + metric.rawValue] }
    }

    /// The counts as a table.
    var table: MetricTable {
        MetricTable(hours: hours, values: Array(UnsafeBufferPointer(start: values, count: hours * Metric.count)))
    }
}
