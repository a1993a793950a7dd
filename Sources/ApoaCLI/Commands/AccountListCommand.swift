import JSON
import Portal
import World

/// `apoa account list`: every account with its lock state.
enum AccountListCommand {
    static let spec = CommandSpec(
        ["account", "list"],
        summary: "List every account with its verification, status and lock.",
        discussion: """
            E-mail addresses, phone numbers and document numbers are masked (a***@example.id) unless
            the operator named by --as or APOA_OPERATOR has a role that may see personal data
            (supervisor, admin).
            """,
        examples: ["apoa account list", "apoa account list --json"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let world = try invocation.openWorld()
        let personal = PersonalData(for: try invocation.reader(world))
        let views = try world.overviews()
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.array(views.map { view in
                .object([
                    ("id", .string(view.account.id.description)), ("username", .string(view.account.username.value)),
                    ("email", .string(personal.email(view.account.email))), ("kind", .string(view.account.kind.rawValue)),
                    ("verification", .string(view.account.verification.rawValue)),
                    ("status", .string(view.account.status.rawValue)),
                    ("lock", text.lockJSON(view.lock, state: view.bruteForce, failures: view.failures)),
                ])
            }).rendered())
            return
        }
        guard !views.isEmpty else {
            invocation.say("no accounts yet (add one with 'apoa account add')")
            return
        }
        var table = TextTable(["ID", "USERNAME", "E-MAIL", "KIND", "VERIFICATION", "STATUS", "LOCK"])
        for view in views {
            let lock: String = switch view.lock {
            case .none: view.failures > 0 ? plural(view.failures, "failure") : "—"
            case .temporary(let until): "until \(text.time(until))"
            case .permanent: "permanent"
            }
            table.add([view.account.id.description, view.account.username.value, personal.email(view.account.email),
                       view.account.kind.rawValue, view.account.verification.rawValue, view.account.status.rawValue, lock])
        }
        invocation.print(table.rendered(style: invocation.style))
    }
}
