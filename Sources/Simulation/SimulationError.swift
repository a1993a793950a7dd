import JSON

/// What can go wrong in the simulator: the one error type of this module.
public enum SimulationError: Error, Equatable, CustomStringConvertible {
    /// A scenario file that is not valid; every problem found, in file order.
    case invalidScenario([JSONIssue])
    /// A scenario file that cannot be read at all; `why` says what stopped it.
    case unreadable(path: String, why: String)
    /// A folder of scenario files that cannot be listed; `why` says what stopped it.
    case unreadableFolder(path: String, why: String)

    /// A lower-case message naming the thing: one issue per line for an invalid scenario.
    public var description: String {
        switch self {
        case .invalidScenario(let issues): issues.map(\.description).joined(separator: "\n")
        case .unreadable(let path, let why): "cannot read scenario '\(path)': \(why)"
        case .unreadableFolder(let path, let why): "cannot read scenario folder '\(path)': \(why)"
        }
    }
}
