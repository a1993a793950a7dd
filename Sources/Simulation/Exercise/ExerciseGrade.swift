import Portal
import World

/// An exercise graded on a worked world: each objective met or missed, with the evidence.
public struct ExerciseGrade: Sendable {
    /// One objective's result.
    public struct Result: Sendable {
        public let objective: Exercise.Objective
        public let isMet: Bool
        /// What the world shows, in lines a trainer reads.
        public let evidence: [String]
    }

    /// The scenario it was.
    public let scenario: String
    /// When the trainee took over: the end of the simulated run.
    public let started: Instant
    /// The world clock at grading.
    public let now: Instant
    public let results: [Result]

    /// Objectives met.
    public var met: Int { results.filter(\.isMet).count }
}

/// What can stop grading.
public enum GradeError: Error, Equatable, CustomStringConvertible {
    /// The world was not made by `apoa simulate` (no scenario on record).
    case noScenario(String)
    /// The scenario has no `exercise`.
    case noExercise(String)
    /// The scenario on record no longer reads (a world from an older apoa).
    case unreadableScenario(String, String)

    public var description: String {
        switch self {
        case .noScenario(let path): "'\(path)' holds no simulated scenario to grade (make one with 'apoa simulate EXERCISE.json')"
        case .noExercise(let name): "scenario '\(name)' has no exercise to grade (the exercises are in 'apoa scenario list')"
        case .unreadableScenario(let name, let why): "the scenario '\(name)' on record no longer reads: \(why)"
        }
    }
}
