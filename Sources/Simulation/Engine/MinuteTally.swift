/// What the partitions one worker ran in a minute hand to the merge: their requests per
/// component, summed, and which of them changed address records.
///
/// The worker adds each partition right after running its minute, while the partition's
/// fields are still in that core's cache. The merge, which runs on one thread while the others
/// wait, then reads one tally per worker instead of every partition: reading all sixty-four,
/// half of them just written by the other core, was a cache miss or more each, every minute.
///
/// `@unchecked Sendable`: a tally is written only by its worker during a minute and read and
/// reset only by the merge between minutes. The padding keeps two workers' tallies off one
/// cache line.
final class MinuteTally: @unchecked Sendable {
    private let before: (Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0)
    /// Requests per component (by `Component.index`) of the partitions added this minute.
    private(set) var load = SIMD8<Int>(repeating: 0)
    /// The partitions added this minute whose address records changed, in the order added.
    private(set) var withSources: [Int] = []
    private let after: (Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0)

    init() {
        withSources.reserveCapacity(64)
    }

    /// Adds partition number `index` after its minute. A minute with nothing to do left its
    /// last load and records as they were: they are not this minute's.
    @inline(__always)
    func add(_ partition: Partition, index: Int) {
        guard partition.hadItems else { return }
        load &+= partition.load
        if !partition.sourceOverlay.isEmpty { withSources.append(index) }
    }

    /// Empties the tally for the next minute.
    func reset() {
        load = SIMD8(repeating: 0)
        if !withSources.isEmpty { withSources.removeAll(keepingCapacity: true) }
    }
}
