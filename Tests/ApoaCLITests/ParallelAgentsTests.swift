import Foundation
import Testing
@testable import ApoaCLI

/// Several agents on one world at once, each in a process of its own, as on a real desk.
@Suite("Parallel agents")
struct ParallelAgentsTests {
    /// The `apoa` built beside the tests: this test target depends on the `apoa` executable
    /// target, so `swift test` builds it, from the same sources, every time.
    static var apoa: String? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("apoa").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : nil
    }

    static let agents = 6
    static let rounds = 8

    @Test("six agent processes working one world at once lose nothing, and the audit chain holds")
    func parallelAgents() throws {
        let apoa = try #require(Self.apoa, "no apoa executable beside the test runner")
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        for agent in 1...Self.agents {
            desk.run("operator add agent\(agent) --role agent")
            desk.run(["account", "add", "person.\(agent)", "--email", "person\(agent)@example.id", "--password-stdin"],
                     input: "Merah-Putih-2026\n")
        }
        // The set-up's audit lines: one per operator added.
        let before = Self.agents
        #expect(desk.run("audit verify").out == "audit chain intact: \(before) entries\n")

        // Each agent, in its own shell, alternates two world-changing actions.
        var processes: [Process] = []
        for agent in 1...Self.agents {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", """
                for round in $(seq 1 \(Self.rounds)); do
                  "$APOA" reset-password person.\(agent) --temporary --as agent\(agent) --quiet >/dev/null || exit 1
                  "$APOA" operator add op\(agent)-$round --role auditor --as admin --quiet || exit 1
                done
                """]
            process.environment = ["APOA": apoa, "APOA_WORLD": desk.world, "PATH": "/usr/bin:/bin"]
            processes.append(process)
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: Self.agents))

        // Every action is there once, in one unbroken chain.
        let verify = desk.run("audit verify")
        #expect(verify.status == 0)
        #expect(verify.out == "audit chain intact: \(before + 2 * Self.agents * Self.rounds) entries\n")
        let operators = desk.run("operator list --json").out
        for agent in 1...Self.agents {
            for round in 1...Self.rounds { #expect(operators.contains("\"op\(agent)-\(round)\"")) }
        }
        let events = desk.run("events --limit 1000").out
        #expect(events.components(separatedBy: "password-changed").count - 1 == Self.agents * Self.rounds)
    }
}
