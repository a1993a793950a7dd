import JSON
import Portal
import Simulation
import World

/// `apoa scenario grade`: how the trainee did, objective by objective.
enum ScenarioGradeCommand {
    static let spec = CommandSpec(
        ["scenario", "grade"],
        summary: "Grade a worked training exercise: each objective met or missed, with the evidence, and a score.",
        discussion: """
            The world must come from 'apoa simulate' on an exercise (see 'apoa scenario list'). The exercise
            begins where the simulated run ends; what the desk did since — the audit log, the event log,
            notices and tickets — is checked against each objective of the scenario's exercise, as
            Scenarios/README.md describes. Reads the world; changes nothing. Exit 0 whatever the score.
            """,
        examples: ["apoa scenario grade", "apoa scenario grade --world trainee-7.sqlite --json"],
        run: { invocation in
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let grade: ExerciseGrade
            do {
                grade = try ExerciseGrader.grade(world)
            } catch let error as GradeError {
                throw CLIError.failure(error.description)
            }
            let total = grade.results.count
            let percent = total > 0 ? grade.met * 100 / total : 0
            if invocation.wantsJSON {
                invocation.print(JSONValue.object([
                    ("scenario", .string(grade.scenario)), ("started", .string(grade.started.iso8601(in: world.zone))),
                    ("gradedAt", .string(grade.now.iso8601(in: world.zone))),
                    ("score", .object([("met", .integer(Int64(grade.met))), ("of", .integer(Int64(total))),
                                       ("percent", .integer(Int64(percent)))])),
                    ("objectives", .array(grade.results.map { result in
                        .object([("id", .string(result.objective.id)), ("text", .string(result.objective.text)),
                                 ("met", .bool(result.isMet)), ("evidence", .array(result.evidence.map { .string($0) }))])
                    })),
                ]).rendered())
                return
            }
            let style = invocation.style
            invocation.print(style.bold("\(grade.scenario): \(grade.met) of \(total) objectives met (\(percent)%)"))
            invocation.print("  began \(grade.started.display(in: world.zone)), graded \(grade.now.display(in: world.zone))")
            for result in grade.results {
                let mark = result.isMet ? "met   " : style.red("MISSED")
                invocation.print("\n  \(mark)  \(result.objective.id): \(result.objective.text)")
                for line in result.evidence { invocation.print("          - \(line)") }
            }
        })
}
