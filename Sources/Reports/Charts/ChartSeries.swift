/// One named series of a chart: a value per step of its axis, and its colour.
struct ChartSeries: Sendable {
    let name: String
    /// A value per band of the axis; nil where there is none (a line breaks there, a bar is empty).
    let values: [Double?]
    let colour: RGB

    init(_ name: String, _ values: [Double?], colour: RGB) {
        self.name = name
        self.values = values
        self.colour = colour
    }
}

/// How a chart writes the values on its value axis and in its descriptions.
enum ValueFormat: Sendable {
    /// Whole numbers with grouping: `1,250`.
    case count
    /// Shares of 1 as percentages: `80%`.
    case percent
    /// Decimals with this many places at most: `2.5`.
    case decimal(places: Int)

    /// `value` in this format: a tick label, or a value in a description.
    func text(_ value: Double) -> String {
        switch self {
        case .count: NumberText.decimal(value, places: 0, grouping: true)
        case .percent: NumberText.plain(value * 100, maxPlaces: 1) + "%"
        case .decimal(let places): NumberText.plain(value, maxPlaces: places)
        }
    }

    /// Whether the values are whole numbers, so ticks never fall between them.
    var isWhole: Bool {
        if case .count = self { return true }
        return false
    }
}

/// The horizontal axis of a chart over equal steps (the hours of a run): a label for every band,
/// and which bands' left edges get a tick and their label.
struct BandAxis: Sendable {
    /// A label for each band (`09:00`), used at ticks and in descriptions.
    let labels: [String]
    /// The bands whose left edge gets a tick and its label, ascending.
    let ticks: [Int]
    /// What the axis counts, written under it: `hour (WIB)`.
    let title: String

    var count: Int { labels.count }
}
