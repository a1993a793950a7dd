import JSON

extension JSONObjectReader {
    /// The member `key`, or nil after recording `missing required field 'key'` at this
    /// object's line when the object lacks it (the same words as `requiredString`).
    mutating func required(_ key: String) -> JSONElement? {
        if let element = element(key) { return element }
        // A reader for a value that is not an object has already said so.
        if case .object = node.kind { issues.add("missing required field '\(key)'", path: path, at: node) }
        return nil
    }

    /// The line of member `key`'s key, or of the object when it has no such member.
    func line(of key: String) -> Int {
        guard case .object(let members) = node.kind, let member = members.first(where: { $0.key == key }) else {
            return node.line
        }
        return member.keyLine
    }

    /// Records `message` about this whole object, at its line.
    func report(_ message: String) {
        issues.add(message, path: path, at: node)
    }
}
