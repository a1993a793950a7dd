import Foundation
import JSON
import Portal
import Simulation
import World

/// `apoa simulate`: runs a scenario into a world.
enum SimulateCommand {
    static let spec = CommandSpec(
        ["simulate"],
        summary: "Run a scenario: people, logins, outages, attacks and support calls, into a world file.",
        discussion: """
            The same scenario and seed give the same world and digest on any machine and with any number
            of threads. The world is built in a temporary file and renamed into place at the end, so an
            interrupted run leaves the old world as it was. --record summary keeps accounts, final state,
            tickets and hourly series but not the per-attempt event log (for big planning runs).

            --continue carries a worked world on by --for: its run again, from its own scenario, seed and
            size, to the world's clock plus DURATION, with what the desk did to people (unlocks, password
            resets) done again at its times and the notices it published seen by the people; then the
            desk's records (operators, audit log, tickets worked, incidents, notices, messages sent) are
            copied across. So the trainee's work has consequences: an unlocked account the attack still
            hits is locked again, people who saw a notice call less, a reset that arrives is used.
            """,
        arguments: [.optional("SCENARIO", "a scenario file (see Scenarios/); left out with --continue")],
        options: [
            .value("seed", "N", "replace the scenario's seed"),
            .value("users", "N", "replace the population size"),
            .value("for", "DURATION", "replace the run's length (e.g. 6h, 2d); with --continue, how much longer to run"),
            .value("threads", "N", "worker threads (default: the machine's cores; results are the same)"),
            .value("record", "all|summary", "what the world keeps (default: all)"),
            .flag("continue", "carry the worked world --world on by --for, with the desk's actions"),
        ],
        examples: [
            "apoa simulate Scenarios/quickstart.json",
            "apoa simulate Scenarios/benchmark.json --world plan.sqlite --record summary --threads 2",
            "apoa simulate Scenarios/sms-gateway-outage.json --seed 7 --users 5000 --for 1d --json",
            "apoa simulate --world trainee-7.sqlite --for 2h --continue",
        ],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let isContinuing = invocation.flag("continue")
        let file = invocation.positional("SCENARIO")
        if isContinuing, file != nil {
            throw invocation.usage("--continue carries on the world's own scenario: leave SCENARIO out")
        }
        guard isContinuing || file != nil else { throw invocation.usage("missing SCENARIO: a scenario file (see Scenarios/)") }
        var options = SimulationOptions(threads: try invocation.parse("threads", expected: "a whole number from 1 to 256") {
            Int($0).flatMap { (1...256).contains($0) ? $0 : nil }
        } ?? ProcessInfo.processInfo.activeProcessorCount)
        options.seed = try invocation.parse("seed", expected: "a whole number from 0 to 2^53") {
            UInt64($0).flatMap { $0 <= 1 << 53 ? $0 : nil }
        }
        options.users = try invocation.parse("users", expected: "a whole number from 1 to 50000000") {
            Int($0).flatMap { (1...50_000_000).contains($0) ? $0 : nil }
        }
        options.duration = try invocation.parse("for", expected: "a duration from 1m to 366d, like 6h or 2d") {
            TimeSpan(parsing: $0).flatMap { $0 >= .minutes(1) && $0 <= .days(366) ? $0 : nil }
        }
        options.record = try invocation.choice("record", default: SimulationOptions.Record.all)
        let path = try invocation.worldPath()
        let scenario: Scenario
        if let file {
            do throws(SimulationError) {
                scenario = try Scenario.load(path: file)
            } catch {
                throw CLIError.scenario(error)
            }
            options.scenarioText = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        } else {
            let continuation = try continuation(of: path, options: options, invocation: invocation)
            scenario = continuation.scenario
            options.duration = nil
            options.record = continuation.record
            options.scenarioText = continuation.scenarioText
            options.continuation = continuation
        }
        let progress = ProgressBar(console: invocation.console, isEnabled: !invocation.isQuiet && !invocation.wantsJSON)
        options.progress = { progress.update($0) }
        let summary = try SimulationRun.run(scenario, options: options, world: path)
        progress.finish()
        let results = scenario.thresholds.map { $0.evaluate(summary) }
        print(summary, thresholds: results, continuation: options.continuation, world: path, zone: scenario.zone, to: invocation)
        // The world is written either way; a broken threshold fails the run like a failed check in CI.
        if results.contains(where: { !$0.isMet }) { throw CLIError.exit(ExitStatus.failure) }
    }

    /// What carrying the world at `path` on needs; the world is only read (and closed again
    /// before the run replaces it).
    private static func continuation(of path: String, options: SimulationOptions, invocation: Invocation) throws -> Continuation {
        for name in ["seed", "users", "record"] where invocation.value(name) != nil {
            throw invocation.usage("--\(name) cannot change a world being continued: it keeps its own")
        }
        guard let span = options.duration else {
            throw invocation.usage("--continue needs --for DURATION: how much longer to run (e.g. 2h)")
        }
        let world = try invocation.openWorld()
        do {
            return try Continuation.read(world, for: span)
        } catch let error as ContinuationError {
            throw CLIError.badData(error.description)
        }
    }

    private static func print(_ summary: SimulationSummary, thresholds: [Threshold.Result], continuation: Continuation?,
                              world: String, zone: Zone, to invocation: Invocation) {
        let apps = summary.applications
        if invocation.wantsJSON {
            var fields: [(String, JSONValue)] = [
                ("scenario", .string(summary.scenario)), ("seed", .integer(Int64(summary.seed))),
                ("users", .integer(Int64(summary.users))), ("start", .string(summary.start.iso8601(in: zone))),
                ("end", .string(summary.end.iso8601(in: zone))), ("sessions", .integer(summary.sessions)),
                ("attempts", .integer(summary.attempts)), ("successes", .integer(summary.successes)),
                ("lockouts", .integer(summary.lockouts)), ("otpSent", .integer(summary.otpSent)),
                ("resets", .integer(summary.resets)), ("tickets", .integer(summary.tickets)),
                ("applications", .object([
                    ("opened", .integer(apps.opened)), ("submitted", .integer(apps.submitted)),
                    ("neededAction", .integer(apps.neededAction)), ("approved", .integer(apps.approved)),
                    ("rejected", .integer(apps.rejected)), ("documentsUploaded", .integer(apps.documentsUploaded)),
                    ("documentsFailed", .integer(apps.documentsFailed)), ("appointmentsBooked", .integer(apps.appointmentsBooked)),
                    ("appointmentsMissed", .integer(apps.appointmentsMissed)),
                ])),
                ("events", .integer(summary.events)), ("digest", .string(summary.digest)),
            ]
            // Only a continued run adds where it took up again: the summary's keys stay as documented.
            if let continuation {
                fields.append(("continued", .object([
                    ("from", .string(continuation.previousEnd.iso8601(in: zone))),
                    ("handover", .string(continuation.handover.iso8601(in: zone))),
                    ("deskActions", .integer(Int64(continuation.actions.count))),
                    ("notices", .integer(Int64(continuation.notices.count))),
                ])))
            }
            // Only a scenario with thresholds adds them: the summary's keys stay as documented.
            if !thresholds.isEmpty {
                fields.append(("thresholds", .array(thresholds.map { result in
                    .object([("threshold", .string(result.threshold.text)), ("value", .double(fourPlaces(result.value))),
                             ("met", .bool(result.isMet))])
                })))
            }
            invocation.print(JSONValue.object(fields).rendered())
            return
        }
        let people = summary.attempts - summary.attackAttempts
        let applications = "\(apps.opened) opened, \(apps.submitted) submitted, \(apps.approved) approved, "
            + "\(apps.rejected) rejected, \(apps.neededAction) sent back for action"
        let documents = "\(apps.documentsUploaded) uploaded, \(apps.documentsFailed) failed a check; "
            + "\(apps.appointmentsBooked) office visits booked, \(apps.appointmentsMissed) missed"
        let rate = people > 0 ? Double(summary.successes) / Double(people) * 100 : 0
        invocation.print("""
            simulated \(summary.scenario) (seed \(summary.seed)) into \(world)
              people       \(summary.users)
              period       \(summary.start.display(in: zone)) to \(summary.end.display(in: zone))
              sessions     \(summary.sessions)
              logins       \(people) attempts by people, \(summary.successes) succeeded (\(String(format: "%.1f", rate))%)
              attacks      \(summary.attackAttempts) attempts by attackers
              lockouts     \(summary.lockouts)
              codes        \(summary.otpSent) one-time codes sent
              resets       \(summary.resets) completed
              tickets      \(summary.tickets)
              applications \(applications)
              documents    \(documents)
              events       \(summary.events)
              digest       \(summary.digest)
            """)
        if let continuation {
            invocation.print("  continued    from \(continuation.previousEnd.display(in: zone)) (the desk took over "
                + "\(continuation.handover.display(in: zone))): \(plural(continuation.actions.count, "desk action")) done again, "
                + "\(plural(continuation.notices.count, "notice")) seen by people")
        }
        guard !thresholds.isEmpty else { return }
        let broken = thresholds.filter { !$0.isMet }.count
        invocation.print("  thresholds   " + (broken == 0 ? "all \(thresholds.count) met" : "\(broken) of \(thresholds.count) broken"))
        for result in thresholds {
            invocation.print("    \(result.isMet ? "met   " : "BROKEN") \(result.threshold.text)  (measured \(Self.number(result.value)))")
        }
    }


    /// A measured value as people read it: whole numbers whole, others to 4 decimals.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(fourPlaces(value))
    }
}
