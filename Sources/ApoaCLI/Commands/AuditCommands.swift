import Helpdesk
import JSON
import Portal
import World

/// `apoa audit list | verify`: the desk's hash-chained record of every action.
enum AuditCommands {
    static let list = CommandSpec(
        ["audit", "list"],
        summary: "Show the audit log: every desk action, done or refused, oldest first.",
        discussion: """
            Each entry carries the SHA-256 of its fields and of the entry before it; 'apoa audit verify'
            walks that chain. Secrets never appear: a temporary password is logged as set, not shown.
            """,
        options: [.value("limit", "N", "only the newest N entries")],
        examples: ["apoa audit list", "apoa audit list --limit 20 --json"],
        run: { invocation in
            let limit = try invocation.parse("limit", expected: "a whole number ≥ 1", { Int($0).flatMap { $0 > 0 ? $0 : nil } })
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let entries = try world.auditEntries(limit: limit)
            if invocation.wantsJSON {
                invocation.print(JSONValue.array(entries.map { entry in
                    .object([
                        ("seq", .integer(entry.seq)), ("at", .string(entry.at.iso8601(in: world.zone))),
                        ("operator", .string(entry.operatorName)), ("role", .string(entry.role)), ("action", .string(entry.action)),
                        ("target", .string(entry.target)), ("ticket", entry.ticket.map { .integer($0) } ?? .null),
                        ("outcome", .string(entry.outcome.rawValue)), ("detail", .string(entry.detail)),
                        ("hash", .string(entry.hash)),
                    ])
                }).rendered())
                return
            }
            guard !entries.isEmpty else {
                invocation.say("the audit log is empty: no desk action yet")
                return
            }
            var table = TextTable(["SEQ", "TIME", "OPERATOR", "ACTION", "TARGET", "OUTCOME", "DETAIL"])
            for entry in entries {
                table.add([String(entry.seq), entry.at.display(in: world.zone), "\(entry.operatorName) (\(entry.role))", entry.action,
                           (entry.target ?? "—") + (entry.ticket.map { " #\($0)" } ?? ""), entry.outcome.rawValue, entry.detail])
            }
            invocation.print(table.rendered(style: invocation.style))
        })

    static let verify = CommandSpec(
        ["audit", "verify"],
        summary: "Check the audit chain: exit 1 naming the first entry changed, removed or cut off.",
        examples: ["apoa audit verify"],
        run: { invocation in
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let (count, found) = try world.verifyAudit()
            if invocation.wantsJSON {
                invocation.print(JSONValue.object([
                    ("entries", .integer(Int64(count))), ("intact", .bool(found == nil)),
                    ("firstBroken", found.map { .integer($0.seq) } ?? .null), ("why", .string(found?.why)),
                ]).rendered())
            }
            if let found {
                throw CLIError.failure("audit entry \(found.seq) is broken: \(found.why) (\(plural(count, "entry", "entries")) before it are intact)")
            }
            if !invocation.wantsJSON { invocation.say("audit chain intact: \(plural(count, "entry", "entries"))") }
        })
}
