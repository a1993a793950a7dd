import Foundation
import JSON
import World

/// A grid of runs of one scenario: every combination of the axes' values, each run into a
/// world of its own (`--record summary`) and summarised. The runs go in parallel, one thread
/// each; each is deterministic on its own, so the table is the same whatever the machine.
public struct Sweep: Sendable {
    /// The most points a sweep runs.
    public static let maximumPoints = 256

    /// One point of the grid: each axis's value, and the scenario with them set.
    public struct Point: Sendable {
        public let values: [JSONValue]
        public let scenario: Scenario
    }

    public let axes: [SweepAxis]
    public let points: [Point]

    /// Builds every point from the scenario `text` (file `file`): each is decoded and checked
    /// like a scenario file, so a value a field does not take, or a field that does not exist,
    /// is an error naming the point before anything runs.
    public init(scenario text: String, file: String, axes: [SweepAxis]) throws {
        let count = axes.reduce(1) { $0 * $1.values.count }
        guard count <= Self.maximumPoints else { throw SweepError.tooManyPoints(count, maximum: Self.maximumPoints) }
        // The file must be a valid scenario on its own before its fields are varied.
        _ = try Scenario.decode(text: text, file: file)
        guard let base = try? JSONParser.parse(text).value else { preconditionFailure("a scenario that decodes parses") }
        var combinations: [[JSONValue]] = [[]]
        for axis in axes {
            combinations = combinations.flatMap { prefix in axis.values.map { prefix + [$0] } }
        }
        self.axes = axes
        points = try combinations.map { values in
            var document = base
            for (axis, value) in zip(axes, values) {
                document = try document.setting(value, at: axis.path[...], axis: axis.name)
            }
            let label = zip(axes, values).map { "\($0.name)=\($1.rendered(pretty: false))" }.joined(separator: " ")
            return Point(values: values, scenario: try Scenario.decode(text: document.rendered(), file: "\(file) [\(label)]"))
        }
    }

    /// Runs every point, in parallel, into worlds in a temporary directory that is removed after.
    public func run() throws -> [SimulationSummary] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("apoa-sweep-\(ProcessInfo.processInfo.processIdentifier)-\(points.count)")
        // Noted as being built, so Ctrl-C removes it with its worlds as well.
        try TemporaryFiles.building.add(directory.path)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: directory)
            TemporaryFiles.building.forget(directory.path)
        }
        let results = SweepResults(count: points.count)
        DispatchQueue.concurrentPerform(iterations: points.count) { index in
            let world = directory.appendingPathComponent("point-\(index).sqlite").path
            results.store(index, Result { try SimulationRun.run(points[index].scenario,
                                                                options: SimulationOptions(threads: 1, record: .summary), world: world) })
        }
        return try results.all()
    }
}

/// The runs' results, filled in from several threads, each slot once.
private final class SweepResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<SimulationSummary, any Error>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Result<SimulationSummary, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// In point order; the first failure is thrown.
    func all() throws -> [SimulationSummary] {
        try slots.map { slot in
            guard let slot else { preconditionFailure("every point of a sweep runs") }
            return try slot.get()
        }
    }
}

extension JSONValue {
    /// This document with `value` at `path`: members are added where missing (a default the
    /// file leaves out), array elements must exist.
    func setting(_ value: JSONValue, at path: ArraySlice<SweepAxis.PathStep>, axis: String) throws -> JSONValue {
        guard let step = path.first else { return value }
        switch (step, self) {
        case (.member(let name), .object(var members)):
            if let index = members.firstIndex(where: { $0.0 == name }) {
                members[index].1 = try members[index].1.setting(value, at: path.dropFirst(), axis: axis)
            } else {
                members.append((name, try JSONValue.object([]).setting(value, at: path.dropFirst(), axis: axis)))
            }
            return .object(members)
        case (.element(let index), .array(var elements)):
            guard elements.indices.contains(index) else {
                throw SweepError.missing(axis: axis, why: "the scenario has \(elements.count) there, so no [\(index)]")
            }
            elements[index] = try elements[index].setting(value, at: path.dropFirst(), axis: axis)
            return .array(elements)
        case (.element, _):
            throw SweepError.missing(axis: axis, why: "expected a list where [index] is used")
        default:
            throw SweepError.missing(axis: axis, why: "expected an object where a field is named")
        }
    }
}
