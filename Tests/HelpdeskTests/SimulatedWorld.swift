import Foundation
import Portal
import Simulation
import World

/// Worlds made by the simulator for desk tests: a scenario (often just a cast) run into a
/// world in a directory of its own.
final class SimulatedWorld {
    let directory: String
    let world: WorldStore

    /// Runs `scenario` (JSON text) and opens the world it made.
    init(_ scenario: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-desk-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let decoded = try Scenario.decode(text: scenario, file: "test.json")
        let path = "\(directory)/world.sqlite"
        _ = try SimulationRun.run(decoded, options: SimulationOptions(threads: 2, record: .all), world: path)
        world = try WorldStore.open(at: path)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// The shipped quickstart scenario's text.
    static var quickstart: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("Scenarios/quickstart.json"), encoding: .utf8)
        }
    }

    /// The file of one shared run of the quickstart, for tests that only read it: each opens
    /// its own connection (a `WorldStore` belongs to one thread). Left in the temporary
    /// directory when the tests end.
    static let sharedQuickstart: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-desk-quickstart-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/world.sqlite"
        _ = try SimulationRun.run(try Scenario.decode(text: quickstart, file: "quickstart.json"),
                                  options: SimulationOptions(threads: 2, record: .all), world: path)
        return path
    }

    /// A connection of its own to the shared quickstart world.
    static func quickstartWorld() throws -> WorldStore {
        try WorldStore.open(at: sharedQuickstart.get())
    }
}
