import Foundation
import Portal
import World
@testable import ApoaCLI

/// The quickstart stopped at 10:02, in the middle of the morning's trouble: citra.lestari is
/// locked by the brute-force attack, yuni.irawan.1456 since the SMS outage, budi.santoso by his
/// own typos. Simulated once per test run; each test works on a copy of its own.
enum MorningWorld {
    static let shared: Result<String, any Error> = Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let desk = try Desk()
        let path = "\(desk.directory)/morning.sqlite"
        let result = desk.run(["simulate", root.appendingPathComponent("Scenarios/quickstart.json").path,
                               "--for", "10h2m", "--world", path, "--quiet"])
        guard result.status == 0 else { throw CLIError.failure("simulating the morning failed: \(result.err)") }
        return path
    }

    /// A desk whose world is a fresh copy of the morning, with an agent `ana`, a supervisor `sri`
    /// and an auditor `aud` besides `admin`.
    static func desk() throws -> Desk {
        let desk = try Desk()
        try FileManager.default.copyItem(atPath: try shared.get(), toPath: desk.world)
        let world = try WorldStore.open(at: desk.world)
        _ = try world.addOperator("ana", role: .agent)
        _ = try world.addOperator("sri", role: .supervisor)
        _ = try world.addOperator("aud", role: .auditor)
        return desk
    }
}

extension Desk {
    /// Runs `apoa arguments…` as operator `name` (nil: none).
    @discardableResult
    func run(as name: String?, _ arguments: [String]) -> Result {
        var environment = ["APOA_WORLD": world]
        if let name { environment["APOA_OPERATOR"] = name }
        return run(arguments, environment: environment)
    }

    /// The world's whole event log and audit log, to show a command changed nothing.
    func snapshot() throws -> (events: Int, audit: Int, locks: String) {
        let world = try WorldStore.open(at: self.world)
        return (try world.events(for: nil).count, try world.auditEntries().count, run(as: "admin", ["lockouts", "--json"]).out)
    }
}
