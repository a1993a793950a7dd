import Portal

/// What partitions share, merged between minutes on the run's thread: address records, the
/// load on each component and what it does to the next minute, and the periods of overload.
struct SharedState {
    let plan: SimulationPlan
    /// Addresses with recent failures (entries fall away once their window has passed). Read
    /// by the partitions during a minute (through its context), changed by the merge after it.
    let sources = FlatTable<IPAddress, SourceRecord>()
    var overloadShare = SIMD8<Double>(repeating: 0)
    var latencyFactor = SIMD8<Double>(repeating: 1)
    /// The partitions whose address records the merge folds in, in partition order (kept, so
    /// that a minute's list reuses the last one's storage).
    private var withSources: [Int] = []
    /// Where the minute's context lives (rewritten each minute).
    private let contextSlot = SliceContext.Slot()
    /// Hourly series only the merge sees (requests per component).
    var metrics: MetricTable
    /// Minutes a component was past its capacity, joined into periods.
    private(set) var overloadPeriods: [(component: Component, start: Instant, end: Instant)] = []
    private var overloadSince = [Instant?](repeating: nil, count: Component.allCases.count)

    /// Each component's capacity (requests per second), by `Component.index`.
    private let capacities: [Double?]
    /// Every component (`allCases` makes a new array each time it is read).
    private static let components = Component.allCases

    init(plan: SimulationPlan) {
        self.plan = plan
        metrics = MetricTable(hours: plan.hours)
        capacities = plan.scenario.components.map(\.capacityPerSecond)
    }

    /// The context every partition reads in `minute` (the one before it is no longer to be read).
    func context(minute: Int) -> SliceContext {
        let start = plan.scenario.start.millisecondsSince1970 + Int64(minute) * 60_000
        let from = Instant(millisecondsSince1970: start)
        let to = Instant(millisecondsSince1970: start + 60_000)
        let isQuiet = { (component: Component) in
            overloadShare[component.index] == 0 && plan.timeline.isQuiet(component, from: from, to: to)
        }
        return contextSlot.context(start: start, end: start + 60_000, sources: sources, overloadShare: overloadShare,
                                   latencyFactor: latencyFactor,
                                   isLoginQuiet: Partition.loginComponents.allSatisfy(isQuiet),
                                   isApplicationsQuiet: Partition.applicationComponents.allSatisfy(isQuiet))
    }

    /// Folds the minute's work of every partition into the shared state: the load the workers
    /// tallied, and the address records of the partitions that changed any, in partition
    /// order. Takes unretained handles (the run keeps the partitions): this runs on one
    /// thread between minutes, while the others wait, so every instruction here is one no
    /// thread saves.
    mutating func merge(_ tallies: [MinuteTally], _ partitions: [Unmanaged<Partition>], context: SliceContext) {
        let end = Instant(millisecondsSince1970: context.end)
        let throttle = plan.scenario.policy.throttle
        var load = SIMD8<Int>(repeating: 0)
        withSources.removeAll(keepingCapacity: true)
        for tally in tallies {
            load &+= tally.load
            withSources += tally.withSources
            tally.reset()
        }
        // Each worker lists its partitions in the order it ran them; the records fold in
        // partition order.
        if withSources.count > 1 { withSources.sort() }
        for index in withSources {
            partitions[index]._withUnsafeGuaranteedRef { partition in
                mergeSources(of: partition, end: end, throttle: throttle)
                // Emptied here, where they were just read, not when the partition's next
                // minute with items begins: there asking each whether it was empty was a
                // cache miss of its own (two per such minute; 0.9 M of the 19.8 M read
                // misses of the partitions' work at 100,000 people). `sourceFailures` has
                // entries only for addresses in `sourceOverlay`.
                partition.sourceOverlay.removeAll()
                partition.sourceFailures.removeAll()
            }
        }
        // Keep memory bounded: forget addresses whose failures no longer count.
        if context.end / 60_000 % 15 == 0 {
            sources.removeAll { $1.failures(at: end, policy: throttle) == 0 && !$1.isBlocked(at: end) }
        }
        let hour = Int((context.start - plan.scenario.start.millisecondsSince1970) / 3_600_000)
        for component in Self.components {
            let requests = load[component.index]
            let effect = CapacityModel.effect(requests: requests, capacityPerSecond: capacities[component.index])
            overloadShare[component.index] = effect.failureShare
            latencyFactor[component.index] = effect.latencyFactor
            if let metric = Self.requestMetric(component) { metrics.add(metric, hour: hour, Int64(requests)) }
            trackOverload(component, isOverloaded: effect.failureShare > 0, at: end)
        }
    }

    /// Folds one partition's address records of the minute into the shared ones.
    private func mergeSources(of partition: Partition, end: Instant, throttle: ThrottlePolicy) {
        // A table lists its addresses in no meaningful order; each address folds in only
        // its own records, partition by partition, so that order changes nothing.
        for (ip, record) in partition.sourceOverlay {
            let failures = partition.sourceFailures[ip] ?? 0
            var merged = sources[ip] ?? SourceRecord()
            let at = record.lastFailure ?? end
            merged.failures = merged.failures(at: at, policy: throttle) + failures
            merged.lastFailure = max(merged.lastFailure ?? at, at)
            if let blocked = record.blockedUntil { merged.blockedUntil = max(merged.blockedUntil ?? blocked, blocked) }
            sources[ip] = merged
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
