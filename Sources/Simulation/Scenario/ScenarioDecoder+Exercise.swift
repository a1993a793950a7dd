import JSON

extension ScenarioDecoder {
    /// Checks the parts of an `exercise` that `apoa scenario brief` prints: `brief` (the text
    /// the trainee is given) and `objectives`, at least one, each with an `id` (a name like
    /// `unlock-budi`, unique in the exercise) and a `text`.
    ///
    /// Each objective's `check` must be one of `Exercise.Check`'s, with its argument as the
    /// contract in Scenarios/README.md says: a check of an unknown thing is an error naming it.
    /// Returns the exercise when every part of it is right.
    @discardableResult
    func checkExercise(_ element: JSONElement) -> Exercise? {
        guard case .object = element.node.kind else {
            element.reject(expecting: "an object", issues: issues)
            return nil
        }
        let before = issues.count
        var reader = element.object(issues: issues)
        let brief = reader.required("brief").flatMap { text($0, what: "the trainee's brief, 1 to 4000 characters", limit: 4000) }
        guard let objectives = reader.required("objectives")?.array(issues: issues) else { return nil }
        if objectives.isEmpty {
            reader.element("objectives")?.report("expected at least one objective, found none", issues: issues)
        }
        var owners: [String: String] = [:]
        var parsed: [Exercise.Objective] = []
        for objective in objectives {
            var fields = objective.object(issues: issues)
            var identifier: String?
            if let id = fields.required("id"),
               let name = id.value(expected: "an objective id of 1 to 64 characters a-z, 0-9 and '-', like unlock-budi",
                                   issues: issues, parse: { Self.isObjectiveID($0) ? $0 : nil }) {
                if let first = owners[name] {
                    id.report("'\(name)' is already \(first)'s id", issues: issues)
                } else {
                    owners[name] = objective.path
                    identifier = name
                }
            }
            let words = fields.required("text").flatMap { self.text($0, what: "what the trainee should do, 1 to 500 characters", limit: 500) }
            let check = fields.required("check").flatMap(objectiveCheck)
            fields.finish()
            if let identifier, let words, let check { parsed.append(Exercise.Objective(id: identifier, text: words, check: check)) }
        }
        reader.finish()
        guard issues.count == before, let brief else { return nil }
        return Exercise(brief: brief, objectives: parsed)
    }

    private func text(_ element: JSONElement, what: String, limit: Int) -> String? {
        element.value(expected: what, issues: issues) { text in
            (1...limit).contains(text.count) && !text.allSatisfy(\.isWhitespace) ? text : nil
        }
    }

    /// 1 to 64 of `a-z`, `0-9` and `-`.
    private static func isObjectiveID(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count) && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }
}
