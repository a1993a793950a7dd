import Foundation

/// Erlang C: calls arrive at random (Poisson), wait in one queue for as long as it takes, and
/// are answered by `agents` agents whose handle times are exponential. The model every call
/// centre planner uses; the formulas are the textbook ones (Cooper, "Introduction to Queueing
/// Theory", ch. 5), computed in a way that does not overflow for hundreds of agents.
public struct ErlangC: Equatable, Sendable {
    /// Offered load in Erlangs: calls per second × handle time in seconds.
    public let load: Double
    /// Agents answering.
    public let agents: Int
    /// Mean handle time, in seconds.
    public let handleTime: Double

    /// The queue with `agents` agents answering `callsPerHour` calls of `handleTime` seconds.
    public init(callsPerHour: Double, handleTime: Double, agents: Int) {
        self.load = callsPerHour / 3600 * handleTime
        self.agents = agents
        self.handleTime = handleTime
    }

    /// Whether the agents can keep up at all (otherwise the queue grows without end).
    public var isStable: Bool { Double(agents) > load }

    /// The chance a call has to wait (Erlang's C formula); 1 when the agents cannot keep up.
    public var waitProbability: Double {
        guard isStable else { return 1 }
        let blocking = ErlangB.blocking(load: load, servers: agents)
        let utilisation = load / Double(agents)
        return blocking / (1 - utilisation * (1 - blocking))
    }

    /// The share of calls answered within `seconds`.
    public func serviceLevel(within seconds: Double) -> Double {
        guard isStable else { return 0 }
        return 1 - waitProbability * exp(-(Double(agents) - load) * seconds / handleTime)
    }

    /// The average wait of all calls, answered at once or not (average speed of answer), in seconds.
    public var averageSpeedOfAnswer: Double {
        guard isStable else { return .infinity }
        return waitProbability * handleTime / (Double(agents) - load)
    }

    /// The share of their time the agents spend on calls.
    public var occupancy: Double { min(1, load / Double(agents)) }
}

/// Erlang B, the chance that all of `servers` are busy when offered `load` Erlangs (calls lost,
/// not queued) — the stepping stone to Erlang C, by the stable recurrence
/// B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
enum ErlangB {
    static func blocking(load: Double, servers: Int) -> Double {
        var blocking = 1.0
        for n in stride(from: 1, through: max(0, servers), by: 1) {
            blocking = load * blocking / (Double(n) + load * blocking)
        }
        return blocking
    }
}
