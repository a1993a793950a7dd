import Portal

/// The help desk's queue, worked out after the run: tickets numbered in time order, and the
/// waits a desk of `support.agents` agents taking `support.handleTime` each would give them.
///
/// The simulated desk only measures: the tickets stay `new` in the world, for trainees and
/// the desk commands to work.
enum TicketQueue {
    /// Tickets in the order they were opened (by time, then partition, then the partition's
    /// order), numbered from 1.
    static func number(_ pending: [PendingTicket], plan: SimulationPlan) -> [(id: Int64, ticket: PendingTicket)] {
        pending.sorted { ($0.openedAt, $0.partition, $0.order) < ($1.openedAt, $1.partition, $1.order) }
            .enumerated().map { (Int64($0 + 1), $1) }
    }

    /// Per hour: tickets still waiting for an agent at the hour's end, and the mean wait in
    /// minutes of the tickets opened in it (first come, first served).
    static func metrics(_ tickets: [(id: Int64, ticket: PendingTicket)], plan: SimulationPlan)
        -> (waiting: [Double], meanWaitMinutes: [Double]) {
        let hours = plan.hours
        var waiting = [Double](repeating: 0, count: hours)
        var waitSum = [Double](repeating: 0, count: hours)
        var opened = [Double](repeating: 0, count: hours)
        let agents = plan.scenario.support.agents
        let start = plan.scenario.start.millisecondsSince1970
        guard agents > 0 else {
            for (_, ticket) in tickets {
                let hour = Int((ticket.openedAt - start) / 3_600_000)
                for later in max(0, hour)..<hours { waiting[later] += 1 }
            }
            return (waiting, waitSum)
        }
        var free = [Int64](repeating: start, count: agents)
        let handle = Double(plan.scenario.support.handleTime.milliseconds)
        for (id, ticket) in tickets {
            var random = RandomStream(seed: plan.scenario.seed, name: "desk", entity: UInt64(id))
            let agent = free.indices.min { free[$0] < free[$1] } ?? 0
            let begins = max(free[agent], ticket.openedAt)
            free[agent] = begins + Int64(random.exponential(mean: handle))
            let hour = Int((ticket.openedAt - start) / 3_600_000)
            guard hour >= 0, hour < hours else { continue }
            waitSum[hour] += Double(begins - ticket.openedAt) / 60_000
            opened[hour] += 1
            // Waiting at the end of each hour from opening until an agent takes it.
            let takenHour = Int((begins - start) / 3_600_000)
            for later in hour..<min(hours, takenHour) { waiting[later] += 1 }
        }
        let mean = zip(waitSum, opened).map { $1 > 0 ? $0 / $1 : 0 }
        return (waiting, mean)
    }
}
