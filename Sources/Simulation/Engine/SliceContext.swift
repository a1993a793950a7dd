import Portal

/// What every partition reads during one minute of the run, fixed before the minute starts:
/// the address records as they stood, and what last minute's load does to each component.
///
/// `@unchecked Sendable`: the address table is the run's own, changed only by the merge
/// between minutes, while no partition runs.
struct SliceContext: @unchecked Sendable {
    /// The minute's start and end (milliseconds since 1970).
    let start: Int64
    let end: Int64
    /// Addresses with recent failures, merged from every partition at the last minute's end.
    /// Unmanaged: the shared state keeps the table for the whole run, and a counted reference
    /// has every thread bump the one count on every look-up (`unowned(unsafe)` still did: the
    /// count's cache line went back and forth between the cores on every login).
    private let sources: Unmanaged<FlatTable<IPAddress, SourceRecord>>
    /// Per component (by `Component.index`; the eighth lane unused): the share of requests
    /// load makes fail this minute.
    let overloadShare: SIMD8<Double>
    /// Per component: how much slower than idle requests are this minute.
    let latencyFactor: SIMD8<Double>
    /// No component a login touches is down or overloaded at any time in the minute, so a
    /// login's conditions need no look-up and no draw.
    let isLoginQuiet: Bool

    /// A minute with no address records, no load and nothing quiet promised (for a partition
    /// before its first minute).
    init(start: Int64, end: Int64, sources: FlatTable<IPAddress, SourceRecord>,
         overloadShare: SIMD8<Double> = SIMD8(repeating: 0), latencyFactor: SIMD8<Double> = SIMD8(repeating: 1),
         isLoginQuiet: Bool = false) {
        self.start = start
        self.end = end
        self.sources = Unmanaged.passUnretained(sources)
        self.overloadShare = overloadShare
        self.latencyFactor = latencyFactor
        self.isLoginQuiet = isLoginQuiet
    }

    /// The record of `ip` as the minute began, if it has one; read without touching the table's count.
    @inline(__always)
    func source(_ ip: IPAddress) -> SourceRecord? {
        sources._withUnsafeGuaranteedRef { $0[ip] }
    }
}
