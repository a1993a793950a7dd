import JSON

extension JSONElement {
    /// Records `expected <expected>, found <this value>`, worded exactly as the JSON module's
    /// own getters word it.
    func reject(expecting expected: String, issues: JSONIssues) {
        // `value(expected:)` with a parser that accepts nothing records that very message for
        // any kind of value, with the module's way of showing what was found.
        let _: Bool? = value(expected: expected, issues: issues) { _ in nil }
    }

    /// A finite number that `accepts` allows; otherwise records `expected <expected>, found …`
    /// and returns nil. For bounds a closed range cannot say (`> 0`, `< 24`).
    func number(expected: String, issues: JSONIssues, accepts: (Double) -> Bool) -> Double? {
        guard case .number(let text) = node.kind, let value = Double(text), value.isFinite, accepts(value) else {
            reject(expecting: expected, issues: issues)
            return nil
        }
        return value
    }

    /// Records `message` about this value, at its line.
    func report(_ message: String, issues: JSONIssues) {
        issues.add(message, path: path, at: node)
    }
}
