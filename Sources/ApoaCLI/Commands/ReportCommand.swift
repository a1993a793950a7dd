import Foundation
import JSON
import Portal
import Reports
import Simulation
import World

/// `apoa report`: the report of a simulated world, as Markdown, HTML and CSV.
enum ReportCommand {
    static let spec = CommandSpec(
        ["report"],
        summary: "Write the report of a simulated world: report.md, report.html and CSV series.",
        discussion: """
            The run's parameters (scenario, seed, people, period, record, digest), then logins and their
            success per hour, failures by reason, lockouts (owner or attack), one-time codes sent and
            undelivered, resets, tickets per hour by category with the queue, the agents the tickets needed
            (Erlang C, 80% taken up within 60s, the scenario's handle time), the component status timeline
            and applications by state. Tables show each hour, or each day for runs over a day; the HTML
            charts and the CSV files show each hour. report.html is one file: inline CSS and SVG, no script.
            The same world gives the same bytes. Reads the world; writes only DIR (files of these names
            are replaced, others left alone). A world without metrics (made by apoa init) is refused.
            """,
        options: [
            .value("out", "DIR", "the directory to write into (default: report; made if missing)"),
            .value("format", "LIST", "which of md, html and csv to write, comma-separated (default: all three)"),
        ],
        examples: [
            "apoa report",
            "apoa simulate Scenarios/quickstart.json --world day.sqlite && apoa report --world day.sqlite --out day",
            "apoa report --format md,csv --out /tmp/report",
        ],
        run: { invocation in
            let out = invocation.value("out") ?? "report"
            guard !out.isEmpty else { throw invocation.usage("--out: expected a directory, found ''") }
            let formats = try Self.formats(invocation)
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let input: RunReport.Input
            do {
                let (title, support) = try Self.scenario(of: world)
                input = try RunReport.Input(world: world, title: title, support: support)
            } catch let error as ReportsError {
                throw CLIError.badData(error.description)
            }
            let files = RunReport.files(for: input, formats: formats)
            do {
                try RunReport.write(files, to: URL(fileURLWithPath: out))
            } catch {
                throw CLIError.io("--out: \(error)")
            }
            if invocation.wantsJSON {
                invocation.print(JSONValue.object([
                    ("out", .string(out)), ("files", .array(files.map { .string($0.name) })),
                ]).rendered())
                return
            }
            let csv = files.filter { $0.name.hasSuffix(".csv") }.count
            let named = files.filter { !$0.name.hasSuffix(".csv") }.map(\.name) + (csv > 0 ? ["\(csv) CSV files"] : [])
            invocation.say("wrote \(Self.list(named)) to \(out)")
        })

    /// The formats `--format` names, all three by default; an unknown one is a usage error naming it.
    static func formats(_ invocation: Invocation) throws(CLIError) -> Set<RunReport.Format> {
        guard let text = invocation.value("format") else { return Set(RunReport.Format.allCases) }
        let known = RunReport.Format.allCases.map(\.rawValue).joined(separator: ", ")
        var formats = Set<RunReport.Format>()
        for word in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let format = RunReport.Format(rawValue: name) else {
                throw invocation.usage(name.isEmpty ? "--format: expected a list of \(known), found '\(text)'"
                    : "--format: unknown format '\(name)' (expected \(known))")
            }
            formats.insert(format)
        }
        return formats
    }

    /// The title and desk of the scenario the world was simulated from (its text is in `meta`).
    static func scenario(of world: WorldStore) throws -> (title: String, support: RunReport.Support) {
        guard let text = try world.runRecord().scenarioText, !text.isEmpty else {
            // No scenario text: no simulation made this world (or the metrics check says so).
            guard try !world.metricSeries().isEmpty else { throw ReportsError.noMetrics(world: world.path) }
            throw CLIError.badData("'\(world.path)': meta.scenario_json is empty: the report needs the scenario the world was "
                + "simulated from")
        }
        do throws(SimulationError) {
            let scenario = try Scenario.decode(text: text, file: "\(world.path): meta.scenario_json")
            return (scenario.title, RunReport.Support(agents: scenario.support.agents, handleTime: scenario.support.handleTime))
        } catch {
            throw CLIError.scenario(error)
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "nothing" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
