import Foundation
import JSON
import Portal
import Reports
import Simulation

/// `apoa sweep`: one scenario over a grid of values, in parallel, into a table.
enum SweepCommand {
    static let spec = CommandSpec(
        ["sweep"],
        summary: "Run a scenario over a grid of values (--vary) and compare the runs in one table.",
        discussion: """
            Each --vary names a field of the scenario file and its values: a path with dots and indexes
            (incidents[0].for, population.users, support.agents) or the shorthand users. Every combination
            runs, in parallel, one thread each, into a world of its own that is removed after (--record
            summary); each run is deterministic, so the table is the same on any machine. Every point is
            checked like a scenario file before anything runs: a field that does not exist or a value it
            does not take is an error naming the point. At most 256 points. --out DIR also writes sweep.csv
            and sweep.svg, a chart of the tickets each run brought.
            """,
        arguments: [.required("SCENARIO", "the scenario file")],
        options: [
            .value("vary", "PATH=V1,V2", required: true, repeatable: true, "a field and the values it takes"),
            .value("out", "DIR", "also write the table as DIR/sweep.csv and a chart as DIR/sweep.svg"),
        ],
        examples: ["apoa sweep Scenarios/quickstart.json --vary users=1000,3000 --vary 'incidents[0].for=1h,4h'",
                   "apoa sweep Scenarios/quickstart.json --vary support.agents=2,4,8 --json"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let file = try invocation.required("SCENARIO")
        let axes = try invocation.values("vary").map { text throws(CLIError) -> SweepAxis in
            do throws(SweepError) { return try SweepAxis(parsing: text) } catch { throw invocation.usage(error.description) }
        }
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw CLIError.io("cannot read scenario '\(file)': \(error.localizedDescription)")
        }
        let sweep: Sweep
        do {
            sweep = try Sweep(scenario: text, file: file, axes: axes)
        } catch let error as SimulationError {
            throw CLIError.scenario(error)
        } catch let error as SweepError {
            throw invocation.usage(error.description)
        }
        let summaries = try sweep.run()
        let header = axes.map(\.name) + ["sessions", "success", "lockouts", "tickets", "tickets/h max", "queue max", "digest"]
        let rows = zip(sweep.points, summaries).map { point, summary in
            point.values.map(label) + [
                String(summary.sessions), percent(RunMeasure.total(.loginSuccessRate).value(in: summary)),
                String(summary.lockouts), String(summary.tickets),
                whole(RunMeasure.hourly(.ticketsPerHour, .max).value(in: summary)),
                whole(RunMeasure.hourly(.queueWaiting, .max).value(in: summary)), String(summary.digest.prefix(12)),
            ]
        }
        if let out = invocation.value("out") {
            var csv = CSVWriter()
            for row in [header] + rows { csv.record(row) }
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                try Data(csv.text.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent("sweep.csv"))
                // The tickets each point brought, side by side: what a planner compares first.
                let bars = zip(sweep.points, summaries).map { point, summary in
                    (label: point.values.map(label).joined(separator: " · "), value: Double(summary.tickets))
                }
                let title = "Tickets per run, by " + axes.map(\.name).joined(separator: " · ")
                try Data(StandaloneChart.horizontalBars(title: title, bars: bars).utf8)
                    .write(to: URL(fileURLWithPath: out).appendingPathComponent("sweep.svg"))
            } catch {
                throw CLIError.io("--out: cannot write into '\(out)': \(error.localizedDescription)")
            }
        }
        if invocation.wantsJSON {
            invocation.print(JSONValue.array(zip(sweep.points, summaries).map { point, summary in
                .object(zip(axes, point.values).map { ($0.name, $1) } + [
                    ("sessions", .integer(summary.sessions)), ("attempts", .integer(summary.attempts)),
                    ("successes", .integer(summary.successes)), ("lockouts", .integer(summary.lockouts)),
                    ("tickets", .integer(summary.tickets)),
                    ("ticketsPerHourMax", .double(RunMeasure.hourly(.ticketsPerHour, .max).value(in: summary))),
                    ("queueWaitingMax", .double(RunMeasure.hourly(.queueWaiting, .max).value(in: summary))),
                    ("digest", .string(summary.digest)),
                ])
            }).rendered())
            return
        }
        var table = TextTable(header.map { $0.uppercased() })
        for row in rows { table.add(row) }
        invocation.print(table.rendered(style: invocation.style))
    }

    private static func label(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return value.rendered(pretty: false)
    }


    private static func whole(_ value: Double) -> String {
        String(Int64(value.rounded()))
    }
}
