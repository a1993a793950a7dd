import JSON

/// What a scenario makes happen and when, and what to watch, in words for a trainer or
/// planner: `apoa scenario brief` prints it (``Scenario/brief``).
///
/// Times are local times of the scenario's zone. The sections come in a fixed order (when,
/// people, load, policy, components, incidents, maintenance, attacks, cast, support); a
/// section with nothing in it says so in one item, so every brief has the same shape.
public struct ScenarioBrief: Sendable, Equatable {
    /// One thing in a section, with lines under it (a cast member's steps, a notice's texts).
    public struct Item: Sendable, Equatable {
        public var text: String
        public var details: [String]

        /// An item.
        public init(_ text: String, details: [String] = []) {
            self.text = text
            self.details = details
        }
    }

    /// A heading (`incidents`) and its items.
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var items: [Item]

        /// A section.
        public init(_ heading: String, _ items: [Item]) {
            self.heading = heading
            self.items = items
        }
    }

    /// One objective of an exercise, as the file gives it.
    public struct Objective: Sendable, Equatable {
        public var id: String
        public var text: String
        /// The objective's check as written, for the grader; nil when the file has none.
        public var check: JSONValue?
    }

    /// What a training exercise gives the trainee.
    public struct Exercise: Sendable, Equatable {
        /// The situation the trainee faces.
        public var brief: String
        public var objectives: [Objective]
    }

    public var name: String
    public var title: String
    public var description: String
    /// What happens and when, section by section.
    public var sections: [Section]
    /// What to watch, derived from what the scenario contains, most telling first.
    public var watch: [String]
    /// The exercise's brief and objectives, when the scenario is a training exercise.
    public var exercise: Exercise?
}
