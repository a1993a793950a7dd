import JSON

/// One axis of a sweep: a field of the scenario and the values it takes, from `--vary
/// PATH=V1,V2`. `PATH` is the field's place in the scenario file, with dots and indexes
/// (`incidents[0].for`, `population.users`), or one of the shorthands `users`, `seed` and
/// `duration`. A value that reads as a JSON number or `true`/`false` is one; anything else is
/// a string (`4h`).
public struct SweepAxis: Equatable, Sendable {
    /// As given, for labels: `users`, `incidents[0].for`.
    public let name: String
    /// Where it is in the file.
    public let path: [PathStep]
    public let values: [JSONValue]

    /// One step of a path: an object's member or an array's element.
    public enum PathStep: Equatable, Sendable {
        case member(String)
        case element(Int)
    }

    /// Shorthands for the fields a planner varies most.
    static let shorthands: [String: String] = ["users": "population.users"]

    /// Parses `PATH=V1,V2,…`.
    public init(parsing text: String) throws(SweepError) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { throw .malformedAxis(text) }
        let name = String(text[..<equals])
        let list = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard !list.isEmpty, list.allSatisfy({ !$0.isEmpty }) else { throw .malformedAxis(text) }
        self.name = name
        self.path = try Self.steps(Self.shorthands[name] ?? name)
        self.values = list.map(Self.value)
    }

    private static func value(_ text: String) -> JSONValue {
        if let integer = Int64(text) { return .integer(integer) }
        if let double = Double(text), double.isFinite, text.contains(".") { return .double(double) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }

    /// `incidents[0].for` → member incidents, element 0, member for.
    private static func steps(_ path: String) throws(SweepError) -> [PathStep] {
        var steps: [PathStep] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            guard let name = rest.split(separator: "[", maxSplits: 1).first, !name.isEmpty, !rest.hasPrefix("[") else {
                throw .malformedPath(path)
            }
            steps.append(.member(String(name)))
            rest = rest.dropFirst(name.count)
            while rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                      index >= 0 else { throw .malformedPath(path) }
                steps.append(.element(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { throw .malformedPath(path) }
        }
        return steps
    }
}

/// What is wrong with a sweep.
public enum SweepError: Error, Equatable, CustomStringConvertible {
    case malformedAxis(String)
    case malformedPath(String)
    /// A path through something the scenario does not have (`incidents[3]` of one incident).
    case missing(axis: String, why: String)
    /// The grid is bigger than a sweep runs.
    case tooManyPoints(Int, maximum: Int)

    public var description: String {
        switch self {
        case .malformedAxis(let text): "--vary: expected PATH=VALUE,VALUE… like users=10000,50000, found '\(text)'"
        case .malformedPath(let path): "--vary: expected a field path like incidents[0].for or population.users, found '\(path)'"
        case .missing(let axis, let why): "--vary \(axis): \(why)"
        case .tooManyPoints(let count, let maximum): "--vary: the grid has \(count) points; a sweep runs at most \(maximum)"
        }
    }
}
