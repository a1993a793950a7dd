import JSON
import Portal
import World

/// `apoa account show`: one account, its lock and sessions.
enum AccountShowCommand {
    static let spec = CommandSpec(
        ["account", "show"],
        summary: "Show an account: profile, lock state and active sessions.",
        discussion: """
            E-mail addresses, phone numbers and document numbers are masked (a***@example.id) unless
            the operator named by --as or APOA_OPERATOR has a role that may see personal data
            (supervisor, admin).
            """,
        arguments: [.required("WHO", "username, e-mail, phone number or identity-document number")],
        examples: ["apoa account show ani.wijaya", "apoa account show 081234567890 --json"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let world = try invocation.openWorld()
        let personal = PersonalData(for: try invocation.reader(world))
        let view = try world.overview(of: invocation.required("WHO"))
        let text = WorldText(zone: world.zone)
        let account = view.account
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("account", text.accountJSON(account, personal: personal)),
                ("now", .string(text.iso(view.now))),
                ("lock", text.lockJSON(view.lock, state: view.bruteForce, failures: view.failures)),
                ("lastLoginAt", text.iso(view.lastLoginAt)),
                ("sessions", .array(view.activeSessions.map { session in
                    .object([("id", .integer(session.id)), ("startedAt", .string(text.iso(session.startedAt))),
                             ("lastSeenAt", .string(text.iso(session.lastSeenAt))),
                             ("ip", .string(session.ip?.description)), ("device", .string(session.device?.description))])
                })),
            ]).rendered())
            return
        }
        let style = invocation.style
        let lock = text.lock(view.lock, state: view.bruteForce, failures: view.failures, now: view.now)
        let sessions = view.activeSessions.isEmpty
            ? "none active"
            : view.activeSessions.map { "#\($0.id) since \(text.time($0.startedAt)) from \($0.ip?.description ?? "?")" }
                .joined(separator: "; ")
        let rows: [(String, String)] = [
            ("kind", account.kind.rawValue),
            ("e-mail", personal.email(account.email)),
            ("phone", account.phone.map(personal.phone) ?? "—"),
            ("documents", account.documents.isEmpty ? "—" : account.documents.map(personal.document).joined(separator: ", ")),
            ("language", account.language.rawValue),
            ("second factor", account.secondFactor.rawValue),
            ("verification", account.verification.rawValue),
            ("status", account.status.rawValue),
            ("created", text.time(account.createdAt)),
            ("last login", view.lastLoginAt.map(text.time) ?? "never"),
            ("lock", view.lock == .none ? lock : style.red(lock)),
            ("sessions", sessions),
        ]
        invocation.print(style.bold("\(account.username)") + "  (account \(account.id))")
        for (label, value) in rows {
            invocation.print("  " + label + String(repeating: " ", count: 15 - label.count) + value)
        }
    }
}
