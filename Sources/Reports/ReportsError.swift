/// What can go wrong while writing a report: the one error type of this module.
///
/// Rendering itself cannot fail (it works on plain values); only putting the bytes on disk can.
public enum ReportsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The output directory could not be made or a file in it could not be written; `reason` is
    /// the system's word for why.
    case cannotWrite(path: String, reason: String)

    /// A lower-case message that names the path.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        }
    }
}
