import JSON
import Simulation

/// `apoa scenario validate`: checks a scenario file, listing every problem.
enum ScenarioCommands {
    static let validate = CommandSpec(
        ["scenario", "validate"],
        summary: "Check a scenario file and list every problem in it (exit 65 when there are any).",
        arguments: [.required("FILE", "a scenario file")],
        examples: ["apoa scenario validate Scenarios/quickstart.json", "apoa scenario validate my-exercise.json --json"],
        run: { invocation in
            let file = try invocation.required("FILE")
            let issues: [JSONIssue]
            do throws(SimulationError) {
                issues = try Scenario.validate(path: file)
            } catch {
                throw CLIError.scenario(error)
            }
            if invocation.wantsJSON {
                invocation.print(JSONValue.object([
                    ("file", .string(file)), ("valid", .bool(issues.isEmpty)),
                    ("issues", .array(issues.map { issue in
                        .object([("path", .string(issue.path)), ("line", .integer(issue.line)), ("message", .string(issue.message))])
                    })),
                ]).rendered())
                if !issues.isEmpty { throw CLIError.exit(ExitStatus.badData) }
                return
            }
            guard issues.isEmpty else { throw CLIError.badData(issues.map(\.description).joined(separator: "\n")) }
            invocation.say("\(file): valid")
        })
}

extension CLIError {
    /// A scenario that could not be read (74) or is wrong (65).
    static func scenario(_ error: SimulationError) -> CLIError {
        switch error {
        case .invalidScenario(let issues): .badData(issues.map(\.description).joined(separator: "\n"))
        case .unreadable, .unreadableFolder: .io(error.description)
        }
    }
}
