import Foundation
import JSON
import Simulation

/// The desk on a big world: `apoa diagnose` and `apoa lockouts --active` timed as a person at
/// the desk would meet them — a whole process each, start-up included — on a world simulated
/// once with the full event log and kept for later runs.
enum DeskBench {
    struct Timing {
        let label: String
        let milliseconds: [Double]

        var line: String {
            let sorted = milliseconds.sorted()
            let median = sorted[sorted.count / 2]
            let p95 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)]
            return String(format: "%-34@ %5d runs   median %7.1f ms   p95 %7.1f ms   max %7.1f ms",
                          label as NSString, sorted.count, median, p95, sorted.last ?? 0)
        }
    }

    static func run(scenario path: String, users: Int, days: Int, world: String, apoa: String, rounds: Int) throws {
        if FileManager.default.fileExists(atPath: world) {
            print("apoa-bench: using the world at \(world) (remove it to simulate a new one)")
        } else {
            print("apoa-bench: simulating \(users) people × \(days) days with the full event log into \(world) …")
            var options = SimulationOptions(threads: ProcessInfo.processInfo.activeProcessorCount, record: .all)
            options.users = users
            options.duration = .days(days)
            let started = Date()
            let summary = try SimulationRun.run(try Scenario.load(path: path), options: options, world: world)
            print(String(format: "  %lld events, %lld lockouts, %.1f s", summary.events, summary.lockouts,
                         Date().timeIntervalSince(started)))
        }
        // Who the desk looks at: people active at the end of the log (the ones who call), and
        // everyone locked now.
        let recent = usernames(in: try output(apoa, ["events", "--limit", "2000", "--json", "--world", world]), key: "account")
        let locked = usernames(in: try output(apoa, ["lockouts", "--active", "--json", "--world", world]), list: "lockouts",
                               key: "username")
        let targets = Array(recent.prefix(20)) + Array(locked.prefix(10))
        print("  \(targets.count) people to diagnose (\(min(recent.count, 20)) recently active, \(min(locked.count, 10)) locked)")
        var diagnose: [Double] = []
        for _ in 0..<rounds {
            for who in targets { diagnose.append(try time(apoa, ["diagnose", who, "--json", "--world", world])) }
        }
        var lockouts: [Double] = []
        for _ in 0..<max(rounds * 2, 5) { lockouts.append(try time(apoa, ["lockouts", "--active", "--world", world])) }
        var start: [Double] = []
        for _ in 0..<max(rounds * 2, 5) { start.append(try time(apoa, ["--version"])) }
        print(Timing(label: "apoa --version (process start)", milliseconds: start).line)
        print(Timing(label: "apoa diagnose WHO --json", milliseconds: diagnose).line)
        print(Timing(label: "apoa lockouts --active", milliseconds: lockouts).line)
    }

    /// Distinct string values of member `key` of the objects in a JSON array (the top level, or
    /// its member `list`), in order of first appearance.
    private static func usernames(in json: String, list: String? = nil, key: String) -> [String] {
        let root = try? JSONParser.parse(json).value
        guard case .array(let items)? = list.map({ root?[$0] }) ?? root else { return [] }
        var seen: Set<String> = []
        var found: [String] = []
        for item in items {
            guard case .string(let value)? = item[key] else { continue }
            if seen.insert(value).inserted { found.append(value) }
        }
        return found
    }

    private static func output(_ apoa: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: apoa)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Wall time of one whole run of `apoa`, in milliseconds (output to /dev/null). Spawned and
    /// reaped directly: Foundation's `Process.waitUntilExit` polls, which added about 45 ms to
    /// every run and hid the command's own time.
    private static func time(_ apoa: String, _ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([apoa] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, apoa, &actions, nil, argv, environ)
        guard spawned == 0 else { throw DeskBenchError.spawn(apoa, String(cString: strerror(spawned))) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
    }
}

enum DeskBenchError: Error, CustomStringConvertible {
    case spawn(String, String)

    var description: String {
        switch self {
        case .spawn(let path, let why): "cannot run \(path): \(why)"
        }
    }
}
