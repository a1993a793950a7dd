import JSON
import Simulation

/// `apoa scenario brief`: what a scenario makes happen and when, what to watch, and an
/// exercise's brief and objectives.
enum ScenarioBriefCommand {
    static let spec = CommandSpec(
        ["scenario", "brief"],
        summary: "Say what a scenario makes happen and when, what to watch, and an exercise's brief and objectives.",
        discussion: """
            Reads the scenario file (it must be valid: exit 65 with every problem otherwise) and runs
            nothing. Times are in the scenario's own zone. 'What to watch' is derived from what the
            file contains: outages, maintenance with or without a notice, attacks, surges, the cast's
            tickets and the desk's queue.
            """,
        arguments: [.required("FILE", "a scenario file")],
        examples: ["apoa scenario brief Scenarios/sms-gateway-outage.json",
                   "apoa scenario brief Scenarios/exercise-bad-morning.json --json"],
        run: { invocation in
            let file = try invocation.required("FILE")
            let scenario: Scenario
            do throws(SimulationError) {
                scenario = try Scenario.load(path: file)
            } catch {
                throw CLIError.scenario(error)
            }
            let brief = scenario.brief
            if invocation.wantsJSON {
                invocation.print(json(brief, of: scenario, file: file).rendered())
            } else {
                invocation.print(text(brief, style: invocation.style))
            }
        })

    /// The brief as a person reads it: the title, the description, a section per heading, what
    /// to watch, and the exercise.
    static func text(_ brief: ScenarioBrief, style: Style) -> String {
        var lines = [style.bold(brief.title.isEmpty ? brief.name : "\(brief.name): \(brief.title)")]
        if !brief.description.isEmpty {
            lines.append("")
            lines += TextWrap.lines(brief.description, first: "  ", rest: "  ")
        }
        for section in brief.sections {
            lines += ["", style.bold(section.heading.uppercased())]
            for item in section.items {
                lines += TextWrap.lines(item.text, first: "  ", rest: "      ")
                for detail in item.details { lines += TextWrap.lines(detail, first: "    ", rest: "        ") }
            }
        }
        lines += ["", style.bold("WHAT TO WATCH")]
        for line in brief.watch { lines += TextWrap.lines(line, first: "  - ", rest: "    ") }
        if let exercise = brief.exercise {
            lines += ["", style.bold("EXERCISE")]
            lines += TextWrap.lines(exercise.brief, first: "  ", rest: "  ")
            lines += ["", style.bold("OBJECTIVES")]
            let width = exercise.objectives.map(\.id.count).max() ?? 0
            let hanging = String(repeating: " ", count: width + 4)
            for objective in exercise.objectives {
                let id = objective.id + String(repeating: " ", count: width - objective.id.count)
                lines += TextWrap.lines(objective.text, first: "  \(id)  ", rest: hanging)
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ brief: ScenarioBrief, of scenario: Scenario, file: String) -> JSONValue {
        let exercise: JSONValue = brief.exercise.map { exercise in
            .object([
                ("brief", .string(exercise.brief)),
                ("objectives", .array(exercise.objectives.map { objective in
                    .object([("id", .string(objective.id)), ("text", .string(objective.text)), ("check", objective.check ?? .null)])
                })),
            ])
        } ?? .null
        return .object([
            ("file", .string(file)), ("name", .string(brief.name)), ("title", .string(brief.title)),
            ("description", .string(brief.description)),
            ("start", .string(scenario.start.iso8601(in: scenario.zone))), ("end", .string(scenario.end.iso8601(in: scenario.zone))),
            ("duration", .string(scenario.duration.description)), ("timeZone", .string(scenario.zone.identifier)),
            ("seed", .integer(Int64(scenario.seed))), ("users", .integer(scenario.population.users)),
            ("cast", .array(scenario.cast.map { .string($0.username.value) })),
            ("sections", .array(brief.sections.map { section in
                .object([
                    ("heading", .string(section.heading)),
                    ("items", .array(section.items.map { item in
                        .object([("text", .string(item.text)), ("details", .array(item.details.map { .string($0) }))])
                    })),
                ])
            })),
            ("watch", .array(brief.watch.map { .string($0) })),
            ("exercise", exercise),
        ])
    }
}
