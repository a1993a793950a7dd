import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Simulation

// apoa-bench: runs the planning benchmark (Scenarios/benchmark.json) at several sizes and
// prints sessions/s, events/s, peak memory and the speed-up from 1 to N threads. Reads the
// real clock and the process's memory, which the simulator itself never does.
//
// Usage: apoa-bench [--scenario FILE] [--sizes 100000,1000000,10000000] [--threads N] [--quick]
//                   [--record summary|all]
//        apoa-bench --writer EVENTS      (the world writer alone)
//        apoa-bench --desk [--users N] [--world PATH] [--apoa PATH] [--rounds N]
//                                        (apoa diagnose and apoa lockouts on a big world)

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print("""
        usage: apoa-bench [--scenario FILE] [--sizes 100000,1000000,10000000] [--threads N] [--quick]
                          [--record summary|all]
               apoa-bench --writer EVENTS
               apoa-bench --desk [--users 1000000] [--world PATH] [--apoa .build/release/apoa] [--rounds 3]
        Runs the scenario (default Scenarios/benchmark.json) at each size, 7 days (1 day at 10M users),
        and prints sessions/s, events/s, peak memory and the speed-up from 1 to N threads.
        --desk times whole apoa processes (start-up included) of 'diagnose' and 'lockouts --active' on a
        world of --users people × 7 days with the full event log, simulated once into --world and kept.
        Build it in release: swift run -c release apoa-bench
        """)
    exit(0)
}
let known: Set<String> = ["--scenario", "--sizes", "--threads", "--quick", "--record", "--writer", "--desk", "--users", "--world",
                          "--apoa", "--rounds"]
if let unknown = arguments.first(where: { $0.hasPrefix("-") && !known.contains($0) }) {
    FileHandle.standardError.write(Data("apoa-bench: unknown option \(unknown); see apoa-bench --help\n".utf8))
    exit(64)
}
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let scenarioPath = option("--scenario") ?? "Scenarios/benchmark.json"
let cores = ProcessInfo.processInfo.activeProcessorCount
let threads = option("--threads").flatMap(Int.init) ?? cores
let quick = arguments.contains("--quick")
let records = option("--record").flatMap(SimulationOptions.Record.init(rawValue:)).map { [$0] }
    ?? [SimulationOptions.Record.summary, .all]
let sizes = option("--sizes").map { $0.split(separator: ",").compactMap { Int($0) } }
    ?? (quick ? [100_000] : [100_000, 1_000_000, 10_000_000])

/// Peak resident memory of this process so far (VmHWM), in MiB.
func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

/// Resets the peak so each run is measured on its own (Linux: writing 5 to clear_refs). The
/// allocator is first told to give back what earlier runs freed (`malloc_trim`): otherwise the
/// memory it keeps for reuse counts towards the next run's peak (measured: 1.44 GiB instead of
/// 0.91 GiB for 10M people after a 10M run).
func resetPeakMemory() {
    // glibc's malloc.h is not in Swift's Glibc module; look the function up instead.
    if let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") {
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
    }
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

struct Measurement {
    let users: Int
    let days: Int
    let record: SimulationOptions.Record
    let threads: Int
    let sessions: Int64
    let events: Int64
    let coreSeconds: Double
    let totalSeconds: Double
    let peakMiB: Double
    let digest: String
}

/// Marks when the simulation loop ends (the writing phase begins).
final class PhaseClock: @unchecked Sendable {
    var coreEnd: Date?
}

func measure(users: Int, days: Int, record: SimulationOptions.Record, threads: Int) throws -> Measurement {
    let scenario = try Scenario.load(path: scenarioPath)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var options = SimulationOptions(threads: threads, record: record)
    options.users = users
    options.duration = .days(days)
    let clock = PhaseClock()
    options.progress = { progress in
        if progress.phase == .writing { clock.coreEnd = Date() }
    }
    resetPeakMemory()
    let started = Date()
    let summary = try SimulationRun.run(scenario, options: options, world: directory.appendingPathComponent("world.sqlite").path)
    let finished = Date()
    return Measurement(users: users, days: days, record: record, threads: threads, sessions: summary.sessions,
                       events: summary.events, coreSeconds: (clock.coreEnd ?? finished).timeIntervalSince(started),
                       totalSeconds: finished.timeIntervalSince(started), peakMiB: peakMemoryMiB(), digest: summary.digest)
}

func line(_ m: Measurement) -> String {
    let rate = Double(m.sessions) / m.coreSeconds
    let events = Double(m.events) / m.totalSeconds
    return String(format: "%10d  %2dd  %-7@  %2d  %10lld  %9.0f  %11.0f  %7.2f  %7.2f  %8.0f  %@",
                  m.users, m.days, m.record.rawValue as NSString, m.threads, m.sessions, rate, events,
                  m.coreSeconds, m.totalSeconds, m.peakMiB, String(m.digest.prefix(12)) as NSString)
}

if let count = option("--writer").flatMap(Int.init) {
    do {
        try WriterBench.run(events: count)
    } catch {
        print("apoa-bench: \(error)")
        exit(1)
    }
    exit(0)
}

if arguments.contains("--desk") {
    do {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("apoa").path
        try DeskBench.run(scenario: scenarioPath, users: option("--users").flatMap(Int.init) ?? 1_000_000, days: 7,
                          world: option("--world") ?? "bench-1m-7d.sqlite", apoa: option("--apoa") ?? here,
                          rounds: option("--rounds").flatMap(Int.init) ?? 3)
    } catch {
        print("apoa-bench: \(error)")
        exit(1)
    }
    exit(0)
}

print("apoa-bench: \(scenarioPath) on \(cores) cores")
print("     users  days record  thr    sessions  sessions/s(core)  events/s  core s  total s  peak MiB  digest")
do {
    for users in sizes {
        let days = users >= 10_000_000 ? 1 : 7
        for record in records {
            let many = try measure(users: users, days: days, record: record, threads: threads)
            print(line(many))
            if record == .summary, threads > 1, !quick || users <= 100_000 {
                let one = try measure(users: users, days: days, record: record, threads: 1)
                print(line(one))
                print(String(format: "  speed-up 1 → %d threads: %.2f×, digests %@", threads, one.coreSeconds / many.coreSeconds,
                             one.digest == many.digest ? "identical" : "DIFFER"))
            }
        }
    }
} catch {
    print("apoa-bench: \(error)")
    exit(1)
}
