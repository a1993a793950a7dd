import Foundation

/// How many agents the phones need: the fewest that answer `target.share` of calls within
/// `target.seconds` (Erlang C, or Erlang A when callers hang up), and how many to roster once
/// shrinkage — breaks, training, absence — is taken off.
public struct Staffing: Equatable, Sendable {
    /// The service-level target: a share of calls answered within a time (`80/20s`).
    public struct Target: Equatable, Sendable {
        public let share: Double
        public let seconds: Double

        public init(share: Double, seconds: Double) {
            self.share = share
            self.seconds = seconds
        }
    }

    /// On the phones at once.
    public let agents: Int
    /// To roster: `agents / (1 − shrinkage)`, rounded up.
    public let rostered: Int
    public let waitProbability: Double
    /// The share answered within the target's time, with `agents`.
    public let serviceLevel: Double
    /// Average wait of all calls, in seconds.
    public let averageSpeedOfAnswer: Double
    public let occupancy: Double
    /// The share of callers who hang up (Erlang A only; nil for Erlang C).
    public let abandonment: Double?

    /// The most agents searched for: a target that needs more is out of reach.
    public static let agentLimit = 100_000

    /// Plans the agents for `callsPerHour` calls of `handleTime` seconds to meet `target`;
    /// with `patience` (seconds), callers hang up (Erlang A). Nil when no number of agents up
    /// to `agentLimit` meets the target.
    public static func plan(callsPerHour: Double, handleTime: Double, target: Target, shrinkage: Double = 0,
                            patience: Double? = nil) -> Staffing? {
        let load = callsPerHour / 3600 * handleTime
        if let patience {
            for agents in 1...agentLimit {
                let queue = ErlangA(callsPerHour: callsPerHour, handleTime: handleTime, patience: patience, agents: agents)
                let level = queue.serviceLevel(within: target.seconds)
                guard level >= target.share else { continue }
                return Staffing(agents: agents, rostered: rostered(agents, shrinkage), waitProbability: queue.waitProbability,
                                serviceLevel: level, averageSpeedOfAnswer: queue.averageSpeedOfAnswer,
                                occupancy: queue.occupancy, abandonment: queue.abandonment)
            }
            return nil
        }
        // Fewer agents than the load cannot keep up at all.
        let first = max(1, Int(load.rounded(.down)) + 1)
        guard first <= agentLimit else { return nil }
        for agents in first...agentLimit {
            let queue = ErlangC(callsPerHour: callsPerHour, handleTime: handleTime, agents: agents)
            let level = queue.serviceLevel(within: target.seconds)
            guard level >= target.share else { continue }
            return Staffing(agents: agents, rostered: rostered(agents, shrinkage), waitProbability: queue.waitProbability,
                            serviceLevel: level, averageSpeedOfAnswer: queue.averageSpeedOfAnswer, occupancy: queue.occupancy,
                            abandonment: nil)
        }
        return nil
    }

    private static func rostered(_ agents: Int, _ shrinkage: Double) -> Int {
        // The epsilon keeps 14 / 0.7 = 20.000000000000004 at 20.
        Int((Double(agents) / (1 - shrinkage) - 1e-9).rounded(.up))
    }
}
