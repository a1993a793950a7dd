import Portal

/// When people come: the run's relative load per minute — daily curve × weekly pattern ×
/// surges — and its cumulative distribution, from which each person's session times are drawn.
///
/// Sessions are drawn per person (a Poisson count, then times by inverting the distribution),
/// so a person's sessions depend only on their own stream: the same whatever the thread count.
struct ArrivalCurve: Sendable {
    /// The run's start.
    let start: Instant
    /// Relative load of each minute of the run (a minute of average load weighs 1).
    let weights: [Double]
    /// Running sums of `weights`, ending at `total`.
    let cumulative: [Double]
    /// Sum of the weights: the run's length in average-load minutes.
    let total: Double
    /// For each of `guide.count` equal slices of [0, total), the first minute whose running sum
    /// passes the slice's start: where `instant(atWeight:)` starts looking (a binary search
    /// over a week of minutes, for every visit of millions of people, was most of the set-up).
    private let guide: [Int]

    init(scenario: Scenario) {
        start = scenario.start
        let minutes = max(1, Int((scenario.duration.milliseconds + 59_999) / 60_000))
        let hourly = Self.hourlyWeights(scenario.load.dailyCurve)
        let weekly = Self.normalised(scenario.load.weekly)
        var weights = [Double](repeating: 0, count: minutes)
        for minute in 0..<minutes {
            let instant = scenario.start + .minutes(minute)
            let local = scenario.zone.local(instant)
            let hour = Double(local.hour) + Double(local.minute) / 60
            var weight = Self.interpolate(hourly, at: hour) * weekly[local.weekday.rawValue - 1]
            for surge in scenario.load.surges where instant >= surge.at && instant < surge.at + surge.duration {
                weight *= surge.factor
            }
            weights[minute] = weight
        }
        var running = 0.0
        cumulative = weights.map { weight in
            running += weight
            return running
        }
        self.weights = weights
        total = running
        let cumulative = cumulative
        var guide = [Int](repeating: 0, count: minutes)
        var minute = 0
        for slice in guide.indices {
            let start = running * Double(slice) / Double(minutes)
            while minute < minutes - 1, cumulative[minute] <= start { minute += 1 }
            guide[slice] = minute
        }
        self.guide = guide
    }

    /// The expected sessions of one person over the run.
    func expectedSessions(perDay: Double) -> Double {
        perDay * total / 1440
    }

    /// The instant at position `x` of the cumulative load (0 ≤ x < `total`): the minute whose
    /// weight covers it, and the point within that minute in proportion.
    func instant(atWeight x: Double) -> Instant {
        // The first minute whose running sum passes x (the last one if none does), found by
        // walking from the guide's hint: exact whatever the rounding of the slice.
        let last = cumulative.count - 1
        let slice = total > 0 ? Int(x / total * Double(guide.count)) : 0
        var low = guide[min(max(slice, 0), guide.count - 1)]
        while low > 0, cumulative[low - 1] > x { low -= 1 }
        while low < last, cumulative[low] <= x { low += 1 }
        let before = low == 0 ? 0 : cumulative[low - 1]
        let fraction = weights[low] > 0 ? min(0.999_999, max(0, (x - before) / weights[low])) : 0
        return start + .milliseconds(Int64((Double(low) + fraction) * 60_000))
    }

    /// The relative load of the minute holding `instant` (0 outside the run).
    func weight(at instant: Instant) -> Double {
        let minute = Int((instant - start).milliseconds / 60_000)
        return weights.indices.contains(minute) ? weights[minute] : 0
    }

    /// 24 hourly weights averaging 1.
    static func hourlyWeights(_ curve: DailyCurve) -> [Double] {
        let raw: [Double] = switch curve {
        case .flat: Array(repeating: 1, count: 24)
        case .officeHours:
            [0.15, 0.1, 0.08, 0.08, 0.1, 0.25, 0.6, 1.1, 1.7, 2.0, 2.0, 1.8, 1.4, 1.7, 1.9, 1.8, 1.5, 1.1, 0.8, 0.7,
             0.6, 0.5, 0.35, 0.2]
        case .evening:
            [0.3, 0.15, 0.1, 0.08, 0.08, 0.15, 0.4, 0.7, 0.8, 0.8, 0.8, 0.9, 1.0, 0.9, 0.8, 0.8, 0.9, 1.1, 1.6, 2.2,
             2.5, 2.3, 1.6, 0.8]
        case .sinusoid(let amplitude, let peakHour):
            (0..<24).map { hour in 1 + amplitude * PortableMath.cos(2 * Double.pi * (Double(hour) + 0.5 - peakHour) / 24) }
        case .hourly(let weights): weights
        }
        return normalised(raw)
    }

    /// Scaled to average 1 (all zero stays all zero).
    static func normalised(_ values: [Double]) -> [Double] {
        let mean = values.reduce(0, +) / Double(max(1, values.count))
        return mean > 0 ? values.map { $0 / mean } : values
    }

    /// The hourly weight at a fractional hour, linear between hour midpoints so load has no steps.
    static func interpolate(_ hourly: [Double], at hour: Double) -> Double {
        let position = hour - 0.5
        let lower = Int((position + 24).rounded(.down)) % 24
        let upper = (lower + 1) % 24
        let fraction = position - position.rounded(.down)
        return hourly[lower] * (1 - fraction) + hourly[upper] * fraction
    }
}
