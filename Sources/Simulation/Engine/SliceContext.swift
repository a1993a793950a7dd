import Portal

/// What every partition reads during one minute of the run, fixed before the minute starts:
/// the address records as they stood, and what last minute's load does to each component.
struct SliceContext: Sendable {
    /// The minute's start and end (milliseconds since 1970).
    let start: Int64
    let end: Int64
    /// Addresses with recent failures, merged from every partition at the last minute's end.
    let sources: [IPAddress: SourceRecord]
    /// Per component (by `Component.index`): the share of requests load makes fail this minute.
    let overloadShare: [Double]
    /// Per component: how much slower than idle requests are this minute.
    let latencyFactor: [Double]
}
