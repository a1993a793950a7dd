import Portal
import SQLiteDB

extension WorldStore {
    /// The operator called `name`, or nil when there is none.
    public func findOperator(_ name: String) throws -> Operator? {
        try read { _ in try loadOperator(name) }
    }

    /// Every operator, by name.
    public func operators() throws -> [Operator] {
        try read { _ in
            try connection.query("SELECT * FROM operators ORDER BY name").compactMap(Self.operatorValue)
        }
    }

    /// Adds an operator at the world clock (inside `audited`: the desk checks who may).
    public func addOperator(_ name: String, role: Operator.Role) throws -> Operator {
        try transaction { now in
            guard Operator.isValidName(name) else { throw WorldError.invalidOperatorName(name) }
            guard try loadOperator(name) == nil else { throw WorldError.operatorExists(name) }
            try connection.run("INSERT INTO operators (name, role, created_at) VALUES (?, ?, ?)",
                               [name, role.rawValue, now.millisecondsSince1970])
            return Operator(name: name, role: role, createdAt: now)
        }
    }

    private func loadOperator(_ name: String) throws -> Operator? {
        try connection.queryRow("SELECT * FROM operators WHERE name = ?", [name]).flatMap(Self.operatorValue)
    }

    private static func operatorValue(_ row: Row) -> Operator? {
        guard let name = row.text("name"), let role = row.text("role").flatMap(Operator.Role.init(rawValue:)),
              let created = row.int("created_at") else { return nil }
        return Operator(name: name, role: role, createdAt: Instant(millisecondsSince1970: created))
    }
}
