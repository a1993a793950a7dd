import Portal

/// What partitions share, merged between minutes on the run's thread: address records, the
/// load on each component and what it does to the next minute, and the periods of overload.
struct SharedState {
    let plan: SimulationPlan
    /// Addresses with recent failures (entries fall away once their window has passed).
    var sources: [IPAddress: SourceRecord] = [:]
    var overloadShare = [Double](repeating: 0, count: Component.allCases.count)
    var latencyFactor = [Double](repeating: 1, count: Component.allCases.count)
    /// Hourly series only the merge sees (requests per component).
    var metrics: MetricTable
    /// Minutes a component was past its capacity, joined into periods.
    private(set) var overloadPeriods: [(component: Component, start: Instant, end: Instant)] = []
    private var overloadSince = [Instant?](repeating: nil, count: Component.allCases.count)

    init(plan: SimulationPlan) {
        self.plan = plan
        metrics = MetricTable(hours: plan.hours)
    }

    /// The context every partition reads in `minute`.
    func context(minute: Int) -> SliceContext {
        let start = plan.scenario.start.millisecondsSince1970 + Int64(minute) * 60_000
        return SliceContext(start: start, end: start + 60_000, sources: sources, overloadShare: overloadShare,
                            latencyFactor: latencyFactor)
    }

    /// Folds the minute's work of every partition into the shared state, in partition order.
    mutating func merge(_ partitions: [Partition], context: SliceContext) {
        let end = Instant(millisecondsSince1970: context.end)
        let throttle = plan.scenario.policy.throttle
        for partition in partitions {
            for (ip, record) in partition.sourceOverlay {
                let failures = partition.sourceFailures[ip] ?? 0
                var merged = sources[ip] ?? context.sources[ip] ?? SourceRecord()
                let at = record.lastFailure ?? end
                merged.failures = merged.failures(at: at, policy: throttle) + failures
                merged.lastFailure = max(merged.lastFailure ?? at, at)
                if let blocked = record.blockedUntil { merged.blockedUntil = max(merged.blockedUntil ?? blocked, blocked) }
                sources[ip] = merged
            }
        }
        // Keep memory bounded: forget addresses whose failures no longer count.
        if context.end / 60_000 % 15 == 0 {
            sources = sources.filter { $0.value.failures(at: end, policy: throttle) > 0 || $0.value.isBlocked(at: end) }
        }
        let hour = Int((context.start - plan.scenario.start.millisecondsSince1970) / 3_600_000)
        for component in Component.allCases {
            let requests = partitions.reduce(0) { $0 + $1.load[component.index] }
            let effect = CapacityModel.effect(requests: requests,
                                              capacityPerSecond: plan.scenario.components[component.index].capacityPerSecond)
            overloadShare[component.index] = effect.failureShare
            latencyFactor[component.index] = effect.latencyFactor
            if let metric = Self.requestMetric(component) { metrics.add(metric, hour: hour, Int64(requests)) }
            trackOverload(component, isOverloaded: effect.failureShare > 0, at: end)
        }
    }

    private mutating func trackOverload(_ component: Component, isOverloaded: Bool, at end: Instant) {
        // The overload measured in a minute applies to the next one.
        let applied = end
        if isOverloaded, overloadSince[component.index] == nil {
            overloadSince[component.index] = applied
        } else if !isOverloaded, let since = overloadSince[component.index] {
            overloadPeriods.append((component, since, applied))
            overloadSince[component.index] = nil
        }
    }

    /// Closes periods still open at the run's end.
    mutating func closeOverload(at end: Instant) {
        for component in Component.allCases {
            if let since = overloadSince[component.index] {
                overloadPeriods.append((component, since, end))
                overloadSince[component.index] = nil
            }
        }
    }

    private static func requestMetric(_ component: Component) -> Metric? {
        switch component {
        case .auth: .requestsAuth
        case .captcha: .requestsCaptcha
        case .smsGateway: .requestsSMS
        case .email: .requestsEmail
        default: nil
        }
    }
}
