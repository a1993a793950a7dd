import JSON

extension JSONObjectReader {
    /// Reports a field whose value is well-formed but does not fit with the others
    /// (`maxTemporaryLockouts` outside temporary-then-permanent mode), at the field's line.
    func report(_ key: String, expected: String) {
        var line = node.line
        if case .object(let members) = node.kind, let member = members.first(where: { $0.key == key }) {
            line = member.keyLine
        }
        issues.add("expected \(expected)", path: path.isEmpty ? key : "\(path).\(key)", line: line)
    }
}
