/// What can go wrong while writing a report: the one error type of this module.
///
/// Rendering itself cannot fail (it works on plain values); reading a world that has nothing to
/// report and putting the bytes on disk can.
public enum ReportsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The output directory could not be made or a file in it could not be written; `reason` is
    /// the system's word for why.
    case cannotWrite(path: String, reason: String)
    /// The world has no hourly series to report on: no simulation made it (`apoa init` did).
    case noMetrics(world: String)

    /// A lower-case message that names the path.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .noMetrics(let world):
            "'\(world)' has no metrics to report: it was not made by 'apoa simulate' (simulate a scenario into it first)"
        }
    }
}
