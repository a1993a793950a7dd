import Portal

/// What load does to a component: past its capacity requests queue (latency grows) and then
/// fail. Measured per minute, applied to the next minute, so every partition sees the same.
enum CapacityModel {
    /// The failure share and latency factor for a minute after one with `requests` requests.
    ///
    /// Below capacity the latency grows as in a single queue, 1 / (1 − utilisation), capped at
    /// 30×; at or past it, the share of requests beyond capacity fail.
    static func effect(requests: Int, capacityPerSecond: Double?) -> (failureShare: Double, latencyFactor: Double) {
        guard let capacity = capacityPerSecond, capacity > 0, requests > 0 else { return (0, 1) }
        let utilisation = Double(requests) / 60 / capacity
        if utilisation < 0.97 { return (0, min(30, 1 / (1 - utilisation))) }
        return (max(0, 1 - 1 / utilisation), 30)
    }
}
