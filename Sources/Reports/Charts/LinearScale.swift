/// Maps values of a domain onto a range of coordinates, in a straight line: `range.lower` for
/// `domain.lower`, `range.upper` for `domain.upper` (a range may run backwards, as a y axis does).
struct LinearScale: Sendable {
    let domain: (lower: Double, upper: Double)
    let range: (lower: Double, upper: Double)

    init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    /// The coordinate of `value`; values outside the domain map outside the range. An empty
    /// domain maps everything to the range's start.
    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0 else { return range.lower }
        return range.lower + (value - domain.lower) / span * (range.upper - range.lower)
    }
}

/// Tick values people read easily: from 0 in steps of 1, 2 or 5 times a power of ten.
enum AxisTicks {
    /// Ticks from 0 to the first step at or above `maximum`, with about `intervals` steps (0.6 to
    /// 1.5 times as many). With `wholeNumbers` the step is at least 1. A maximum of 0 or
    /// less (nothing to show) gives `[0, 1]`.
    ///
    /// Only IEEE arithmetic, no logarithms: the same ticks on every machine.
    static func nice(maximum: Double, intervals: Int = 5, wholeNumbers: Bool) -> [Double] {
        guard maximum > 0, maximum.isFinite else { return [0, 1] }
        let raw = maximum / Double(max(1, intervals))
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        let fraction = raw / power
        // The nearest of 1, 2, 5 and 10, not the next above: 1,034 in steps of 200, not 500.
        var step = (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * power
        if wholeNumbers { step = max(step, 1) }
        var steps = (maximum / step).rounded(.up)
        // A maximum that is a step's multiple but for rounding (0.6000000001) needs no extra step.
        if (steps - 1) * step >= maximum * (1 - 1e-9) { steps -= 1 }
        return (0...Int(steps)).map { Double($0) * step }
    }
}
