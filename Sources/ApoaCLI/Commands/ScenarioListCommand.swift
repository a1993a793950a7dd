import JSON
import Simulation

/// `apoa scenario list`: the scenario files of a folder, with what each is.
enum ScenarioListCommand {
    /// Where the shipped scenarios are, relative to the APOA Desk source tree.
    static let defaultFolder = "Scenarios"

    static let spec = CommandSpec(
        ["scenario", "list"],
        summary: "List the scenario files of a folder: name, title, people, how long, whether it is a training exercise.",
        discussion: """
            Reads every *.json file in the folder (default: ./Scenarios, the shipped scenarios when apoa runs
            in the APOA Desk source tree). A file that is not a valid scenario is listed with its first
            problem; 'apoa scenario validate FILE' lists them all.
            """,
        options: [.value("dir", "DIR", "the folder of scenario files (default: ./Scenarios)")],
        examples: ["apoa scenario list", "apoa scenario list --dir ~/my-scenarios --json"],
        run: { invocation in
            let folder = invocation.value("dir") ?? defaultFolder
            let catalog: ScenarioCatalog
            do throws(SimulationError) {
                catalog = try ScenarioCatalog(folder: folder)
            } catch {
                if invocation.value("dir") == nil, case .unreadableFolder = error {
                    throw CLIError.io("no \(defaultFolder) folder here: run apoa in the APOA Desk source tree, where the "
                        + "shipped scenarios are, or name a folder with --dir DIR")
                }
                throw CLIError.scenario(error)
            }
            if invocation.wantsJSON {
                invocation.print(JSONValue.array(catalog.entries.map(json)).rendered())
                return
            }
            guard !catalog.entries.isEmpty else {
                invocation.say("no scenario files (*.json) in \(folder)")
                return
            }
            var table = TextTable(["FILE", "NAME", "PEOPLE", "DURATION", "EXERCISE", "TITLE"])
            for entry in catalog.entries {
                if let scenario = entry.scenario {
                    let exercise = scenario.objectiveCount.map { "\($0) objective\($0 == 1 ? "" : "s")" } ?? "no"
                    table.add([entry.file, scenario.name, scenario.people, scenario.duration.description, exercise, scenario.title])
                } else {
                    table.add([entry.file, "-", "-", "-", "-", "invalid: " + problemText(entry)])
                }
            }
            invocation.print(table.rendered(style: invocation.style))
            let invalid = catalog.entries.filter { !$0.isValid }.count
            let count = catalog.entries.count
            invocation.say("\n\(count) scenario file\(count == 1 ? "" : "s") in \(folder)"
                + (invalid > 0 ? ", \(invalid) invalid (apoa scenario validate FILE lists every problem)" : "")
                + "; apoa scenario brief FILE says what happens in one")
        })

    /// `line 3: population.users: expected …, found -5`, and how many more problems there are.
    private static func problemText(_ entry: ScenarioCatalog.Entry) -> String {
        guard let first = entry.problems.first else { return "" }
        var text = first.line.map { "line \($0): " } ?? ""
        if !first.path.isEmpty { text += first.path + ": " }
        text += first.message
        let more = entry.problems.count - 1
        return more > 0 ? text + " (and \(more) more)" : text
    }

    private static func json(_ entry: ScenarioCatalog.Entry) -> JSONValue {
        guard let scenario = entry.scenario else {
            let first = entry.problems.first
            return .object([
                ("file", .string(entry.file)), ("valid", .bool(false)),
                ("problem", .object([("line", .integer(first?.line)), ("path", .string(first?.path ?? "")),
                                     ("message", .string(first?.message ?? ""))])),
                ("problems", .integer(entry.problems.count)),
            ])
        }
        return .object([
            ("file", .string(entry.file)), ("valid", .bool(true)), ("name", .string(scenario.name)),
            ("title", .string(scenario.title)), ("users", .integer(scenario.population.users)),
            ("cast", .array(scenario.cast.map { .string($0.username.value) })), ("start", .string(scenario.start.iso8601(in: scenario.zone))),
            ("duration", .string(scenario.duration.description)), ("exercise", .bool(scenario.objectiveCount != nil)),
            ("objectives", .integer(scenario.objectiveCount ?? 0)),
        ])
    }
}
