import JSON

/// A number measured on a run, for thresholds: a total or rate of the whole run, or a per-hour
/// series taken at its maximum, 95th percentile or mean.
public enum RunMeasure: Equatable, Sendable {
    case total(Total)
    case hourly(Hourly, Aggregate)

    /// The whole run.
    public enum Total: String, CaseIterable, Sendable {
        /// Logins that succeeded over logins attempted by people, attackers left out (0 to 1).
        case loginSuccessRate
        /// One-time codes delivered over codes sent (0 to 1).
        case otpDeliveryRate
        case sessions, attempts, lockouts, tickets, resets, attackAttempts
    }

    /// Per hour of the run.
    public enum Hourly: String, CaseIterable, Sendable {
        /// Tickets opened; login attempts (attackers' included); accounts locked.
        case ticketsPerHour, loginsPerHour, lockoutsPerHour
        /// Tickets waiting for an agent at the hour's end (`support.agents` working `handleTime` each).
        case queueWaiting
        /// Mean minutes the hour's tickets waited for an agent.
        case waitMinutes
    }

    public enum Aggregate: String, CaseIterable, Sendable {
        case max, p95, mean
    }

    /// Every name a threshold may use.
    public static var names: [String] {
        Total.allCases.map(\.rawValue) + Hourly.allCases.flatMap { hourly in Aggregate.allCases.map { "\(hourly.rawValue).\($0.rawValue)" } }
    }

    /// `loginSuccessRate`, `ticketsPerHour.p95`.
    public init(parsing text: String) throws(ThresholdError) {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        if let total = Total(rawValue: text) {
            self = .total(total)
        } else if let hourly = Hourly(rawValue: parts[0]) {
            guard parts.count == 2 else { throw .aggregateNeeded(parts[0]) }
            guard let aggregate = Aggregate(rawValue: parts[1]) else { throw .unknownAggregate(parts[1], measure: parts[0]) }
            self = .hourly(hourly, aggregate)
        } else {
            throw .unknownMeasure(text, suggestion: closestMatch(to: text, among: Self.names))
        }
    }

    /// The value on `summary`.
    public func value(in summary: SimulationSummary) -> Double {
        switch self {
        case .total(let total):
            return switch total {
            case .loginSuccessRate:
                summary.attempts > summary.attackAttempts
                    ? Double(summary.successes) / Double(summary.attempts - summary.attackAttempts) : 1
            case .otpDeliveryRate:
                summary.otpSent > 0 ? 1 - Double(summary.hourly.otpUndelivered.reduce(0, +)) / Double(summary.otpSent) : 1
            case .sessions: Double(summary.sessions)
            case .attempts: Double(summary.attempts)
            case .lockouts: Double(summary.lockouts)
            case .tickets: Double(summary.tickets)
            case .resets: Double(summary.resets)
            case .attackAttempts: Double(summary.attackAttempts)
            }
        case .hourly(let hourly, let aggregate):
            let series: [Double] = switch hourly {
            case .ticketsPerHour: summary.hourly.tickets
            case .loginsPerHour: summary.hourly.logins
            case .lockoutsPerHour: summary.hourly.lockouts
            case .queueWaiting: summary.hourly.queueWaiting
            case .waitMinutes: summary.hourly.waitMinutes
            }
            return Self.aggregate(series, aggregate)
        }
    }

    /// The maximum, the 95th percentile (nearest rank) or the mean; 0 for no hours.
    static func aggregate(_ series: [Double], _ aggregate: Aggregate) -> Double {
        guard !series.isEmpty else { return 0 }
        switch aggregate {
        case .max:
            return series.max() ?? 0
        case .mean:
            return series.reduce(0, +) / Double(series.count)
        case .p95:
            let sorted = series.sorted()
            let rank = Int((0.95 * Double(sorted.count)).rounded(.up))
            return sorted[max(0, min(sorted.count - 1, rank - 1))]
        }
    }
}

/// A run's hourly series that thresholds read, one value per hour of the run.
public struct HourlySeries: Sendable, Equatable {
    public let logins: [Double]
    public let tickets: [Double]
    public let lockouts: [Double]
    public let otpUndelivered: [Double]
    public let queueWaiting: [Double]
    public let waitMinutes: [Double]
}
