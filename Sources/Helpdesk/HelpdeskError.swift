import Portal
import World

/// Why a desk action was refused: the one error type of this module.
public enum HelpdeskError: Error, Equatable, CustomStringConvertible {
    /// A command that changes the world was run without `--as` or `APOA_OPERATOR`.
    case noOperator(action: String)
    /// No operator has this name; `known` lists those who do.
    case unknownOperator(String, known: [String])
    /// The operator's role does not allow the action.
    case notPermitted(operator: String, role: Operator.Role, action: String, needs: Permission)
    /// The desk's own rules said no (`reason` says why and what to do instead).
    case refused(String)

    public var description: String {
        switch self {
        case .noOperator(let action):
            "\(action) changes the world and needs an operator: add --as NAME or set APOA_OPERATOR (a new world has 'admin')"
        case .unknownOperator(let name, let known):
            "no operator named '\(name)'" + (known.isEmpty ? "" : " (operators: \(known.joined(separator: ", ")))")
        case .notPermitted(let name, let role, let action, let needs):
            "\(name) is \(role == .supervisor ? "a" : "an") \(role.rawValue) and may not \(action): only \(Self.roles(allowing: needs)) may"
        case .refused(let why): why
        }
    }

    private static func roles(allowing permission: Permission) -> String {
        let names = Operator.Role.allCases.filter { $0.allows(permission) }.map { $0.rawValue + "s" }
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }
}
