import Portal

/// What every partition reads during one minute of the run, fixed before the minute starts:
/// the address records as they stood, and what last minute's load does to each component.
///
/// A view of a `Slot`, which holds one minute's values at a time: handing the partitions a
/// pointer, not the values, saves each of them a copy of 161 bytes per minute (a `memcpy`
/// call: 19 M of the 154 M instructions of the partitions' work at 1,000 people). So a
/// context reads what its slot holds now: it is only for the minute it was made for.
///
/// `@unchecked Sendable`: the slot and the address table are the run's own, changed only
/// between minutes, while no partition runs.
struct SliceContext: @unchecked Sendable {
    private let values: UnsafePointer<Values>

    /// The minute's start and end (milliseconds since 1970).
    var start: Int64 { @inline(__always) get { values.pointee.start } }
    var end: Int64 { @inline(__always) get { values.pointee.end } }
    /// Per component (by `Component.index`; the eighth lane unused): the share of requests
    /// load makes fail this minute.
    var overloadShare: SIMD8<Double> { @inline(__always) get { values.pointee.overloadShare } }
    /// Per component: how much slower than idle requests are this minute.
    var latencyFactor: SIMD8<Double> { @inline(__always) get { values.pointee.latencyFactor } }
    /// No component a login touches is down or overloaded at any time in the minute, so a
    /// login's conditions need no look-up and no draw.
    var isLoginQuiet: Bool { @inline(__always) get { values.pointee.isLoginQuiet } }
    /// Likewise for the components an application step touches.
    var isApplicationsQuiet: Bool { @inline(__always) get { values.pointee.isApplicationsQuiet } }

    /// The record of `ip` as the minute began, if it has one; read without touching the table's count.
    @inline(__always)
    func source(_ ip: IPAddress) -> SourceRecord? {
        values.pointee.sources._withUnsafeGuaranteedRef { $0[ip] }
    }

    /// A minute's values.
    fileprivate struct Values {
        var start: Int64
        var end: Int64
        /// Addresses with recent failures, merged from every partition at the last minute's end.
        /// Unmanaged: the shared state keeps the table for the whole run, and a counted reference
        /// has every thread bump the one count on every look-up (`unowned(unsafe)` still did: the
        /// count's cache line went back and forth between the cores on every login).
        var sources: Unmanaged<FlatTable<IPAddress, SourceRecord>>
        var overloadShare: SIMD8<Double>
        var latencyFactor: SIMD8<Double>
        var isLoginQuiet: Bool
        var isApplicationsQuiet: Bool
    }

    /// Where contexts' values live, one minute at a time. Whoever makes contexts keeps their
    /// slot (and the address table) for as long as any of them is read.
    final class Slot: @unchecked Sendable {
        private let values: UnsafeMutablePointer<Values>
        /// The (empty) address table before the slot's first minute.
        private let noSources = FlatTable<IPAddress, SourceRecord>()

        init() {
            values = .allocate(capacity: 1)
            values.initialize(to: Values(start: 0, end: 0, sources: Unmanaged.passUnretained(noSources),
                                         overloadShare: SIMD8(repeating: 0), latencyFactor: SIMD8(repeating: 1),
                                         isLoginQuiet: false, isApplicationsQuiet: false))
        }

        deinit {
            values.deinitialize(count: 1)
            values.deallocate()
        }

        /// The context of what the slot holds; before its first minute: no minute, no address
        /// records, no load and nothing quiet promised (for a partition outside its minutes).
        var current: SliceContext { SliceContext(values: values) }

        /// The context of a minute: this slot, now holding the minute's values (contexts made
        /// earlier of this slot read them too).
        func context(start: Int64, end: Int64, sources: FlatTable<IPAddress, SourceRecord>,
                     overloadShare: SIMD8<Double>, latencyFactor: SIMD8<Double>, isLoginQuiet: Bool,
                     isApplicationsQuiet: Bool) -> SliceContext {
            values.pointee = Values(start: start, end: end, sources: Unmanaged.passUnretained(sources),
                                    overloadShare: overloadShare, latencyFactor: latencyFactor, isLoginQuiet: isLoginQuiet,
                                    isApplicationsQuiet: isApplicationsQuiet)
            return SliceContext(values: values)
        }
    }

    private init(values: UnsafeMutablePointer<Values>) {
        self.values = UnsafePointer(values)
    }
}
