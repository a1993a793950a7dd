import Foundation

/// Erlang A (Palm's M/M/n+M): Erlang C with callers who hang up. Each waiting caller gives up
/// after an exponential patience of mean `patience` seconds. With impatient callers fewer agents
/// reach a target, and some calls are abandoned — which Erlang C cannot show.
///
/// Computed from the birth–death chain of the number of callers in the system (arrivals at
/// rate λ; departures at min(n, agents)·μ plus max(0, n − agents)·θ), cut off where its
/// probabilities fall below 1e-15; the service level from that chain's arrivals and the
/// transient "how many ahead of me" chain of a waiting caller, solved by uniformisation.
public struct ErlangA: Equatable, Sendable {
    public let callsPerSecond: Double
    public let handleTime: Double
    public let patience: Double
    public let agents: Int

    /// The probabilities of 0, 1, 2, … callers in the system (answered or waiting).
    private let states: [Double]

    /// The queue with `agents` agents, `callsPerHour` calls of `handleTime` seconds and callers
    /// who wait `patience` seconds on average before hanging up.
    public init(callsPerHour: Double, handleTime: Double, patience: Double, agents: Int) {
        callsPerSecond = callsPerHour / 3600
        self.handleTime = handleTime
        self.patience = patience
        self.agents = agents
        let service = 1 / handleTime
        let abandon = 1 / patience
        // Unnormalised stationary probabilities, relative to the state of 0 callers, in logs
        // (the products overflow for big loads), then normalised.
        var logs = [0.0]
        var n = 0
        while true {
            let rateOut = Double(min(n + 1, agents)) * service + Double(max(0, n + 1 - agents)) * abandon
            let next = logs[n] + log(callsPerSecond) - log(rateOut)
            logs.append(next)
            n += 1
            // Past the agents the chain always drifts down; stop once the tail is negligible.
            if n > agents, next < (logs.max() ?? 0) - 35 { break }
            if n > 100_000 { break }
        }
        let top = logs.max() ?? 0
        let weights = logs.map { exp($0 - top) }
        let total = weights.reduce(0, +)
        states = weights.map { $0 / total }
    }

    /// The chance an arriving caller has to wait (finds every agent busy).
    public var waitProbability: Double {
        states.dropFirst(agents).reduce(0, +)
    }

    /// The share of callers who hang up before they are answered: θ·E[waiting] / λ.
    public var abandonment: Double {
        callsPerSecond > 0 ? expectedWaiting / patience / callsPerSecond : 0
    }

    /// The average wait of all callers (answered or not), in seconds, by Little's law.
    public var averageSpeedOfAnswer: Double {
        callsPerSecond > 0 ? expectedWaiting / callsPerSecond : 0
    }

    /// The share of the agents' time on calls: the answered load over the agents.
    public var occupancy: Double {
        let busy = states.enumerated().reduce(0.0) { $0 + Double(min($1.offset, agents)) * $1.element }
        return busy / Double(agents)
    }

    /// The share of all callers answered within `seconds` (a caller who hangs up is not answered).
    public func serviceLevel(within seconds: Double) -> Double {
        let service = Double(agents) / handleTime
        let abandon = 1 / patience
        // A caller who finds k others waiting is answered after k + 1 departures from the head
        // of the queue (answers at rate service, hang-ups ahead at rate j·θ for j ahead), unless
        // they hang up first (rate θ). Uniformisation over the chain "j ahead" for all k at once.
        let ahead = Array(states.dropFirst(agents))
        guard !ahead.isEmpty else { return 1 }
        let count = ahead.count
        let rate = service + Double(count) * abandon + abandon
        // Probability vector over "j ahead" (j = 0..count−1), plus the mass answered so far.
        var vector = ahead
        var answered = 0.0
        var poisson = exp(-rate * seconds)
        var result = poisson * answered
        var term = 1
        var accumulated = poisson
        while accumulated < 1 - 1e-12, term < 100_000 {
            // One step of the uniformised chain.
            var next = [Double](repeating: 0, count: count)
            for j in 0..<count {
                let mass = vector[j]
                guard mass > 0 else { continue }
                let forward = service + Double(j) * abandon
                if j == 0 { answered += mass * service / rate } else { next[j - 1] += mass * forward / rate }
                // Own hang-up (θ) leaves the chain; the rest stays put.
                next[j] += mass * (1 - (forward + abandon) / rate)
            }
            vector = next
            poisson *= rate * seconds / Double(term)
            accumulated += poisson
            result += poisson * answered
            term += 1
        }
        let waitedAndAnswered = result + (1 - accumulated) * answered
        return states.prefix(agents).reduce(0, +) + waitedAndAnswered
    }

    /// E[callers waiting].
    private var expectedWaiting: Double {
        states.enumerated().reduce(0.0) { $0 + Double(max(0, $1.offset - agents)) * $1.element }
    }
}
