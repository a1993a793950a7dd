import JSON

/// A pass mark on a run, like a k6 threshold: `loginSuccessRate >= 0.95`,
/// `ticketsPerHour.p95 <= 200`. A scenario's `thresholds` make `apoa simulate` exit 1 when
/// any is broken, so a planning scenario can stand in CI.
public struct Threshold: Equatable, Sendable {
    /// How the measured value is compared with the limit.
    public enum Comparison: String, CaseIterable, Sendable {
        case atMost = "<="
        case below = "<"
        case atLeast = ">="
        case above = ">"

        func holds(_ value: Double, _ limit: Double) -> Bool {
            switch self {
            case .atMost: value <= limit
            case .below: value < limit
            case .atLeast: value >= limit
            case .above: value > limit
            }
        }
    }

    /// As written in the scenario.
    public let text: String
    public let measure: RunMeasure
    public let comparison: Comparison
    public let limit: Double

    /// Parses `METRIC OP NUMBER`; the error says what is wrong in words.
    public init(parsing text: String) throws(ThresholdError) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count == 3 else { throw .malformed(text) }
        guard let comparison = Comparison(rawValue: words[1]) else { throw .unknownComparison(words[1]) }
        guard let limit = Double(words[2]), limit.isFinite else { throw .notANumber(words[2]) }
        self.text = words.joined(separator: " ")
        self.measure = try RunMeasure(parsing: words[0])
        self.comparison = comparison
        self.limit = limit
    }

    /// Measures the run and compares.
    public func evaluate(_ summary: SimulationSummary) -> Result {
        let value = measure.value(in: summary)
        return Result(threshold: self, value: value, isMet: comparison.holds(value, limit))
    }

    /// A threshold measured on one run.
    public struct Result: Equatable, Sendable {
        public let threshold: Threshold
        public let value: Double
        public let isMet: Bool
    }
}

/// What is wrong with a threshold's text.
public enum ThresholdError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unknownComparison(String)
    case notANumber(String)
    case unknownMeasure(String, suggestion: String?)
    case unknownAggregate(String, measure: String)
    case aggregateNeeded(String)

    public var description: String {
        switch self {
        case .malformed(let text): "expected 'METRIC OP NUMBER' like 'loginSuccessRate >= 0.95', found '\(text)'"
        case .unknownComparison(let text):
            "expected a comparison, one of " + Threshold.Comparison.allCases.map(\.rawValue).joined(separator: ", ") + ", found '\(text)'"
        case .notANumber(let text): "expected a number to compare with, found '\(text)'"
        case .unknownMeasure(let name, let suggestion):
            "unknown metric '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; metrics: " + RunMeasure.names.joined(separator: ", ")
        case .unknownAggregate(let name, let measure):
            "\(measure) is per hour: expected .max, .p95 or .mean after it, found '.\(name)'"
        case .aggregateNeeded(let measure): "\(measure) is per hour: say which, \(measure).max, .p95 or .mean"
        }
    }
}
