import JSON
import Portal
import World

/// `apoa events`: the event log, with the true reason of every refusal.
enum EventsCommand {
    static let spec = CommandSpec(
        ["events"],
        summary: "Show the event log (all of it, or one account's), with the true reason of each event.",
        arguments: [.optional("WHO", "only this account (username, e-mail, phone or document number)")],
        options: [.value("limit", "N", "only the newest N events (default: all)")],
        examples: ["apoa events ani.wijaya", "apoa events --limit 20", "apoa events ani.wijaya --json"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let limit = try invocation.parse("limit", expected: "a whole number ≥ 1") { Int($0).flatMap { $0 >= 1 ? $0 : nil } }
        let world = try invocation.openWorld()
        let account = try invocation.positional("WHO").map { try world.account(matching: $0) }
        let logged = try world.events(for: account?.id, limit: limit)
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.array(logged.map { entry in
                let event = entry.event
                return .object([
                    ("seq", .integer(entry.seq)), ("at", .string(text.iso(event.at))),
                    ("account", .string(entry.username)), ("kind", .string(event.kind.rawValue)),
                    ("reason", .string(event.reason.rawValue)), ("ip", .string(event.ip?.description)),
                    ("device", .string(event.device?.description)), ("channel", .string(event.channel?.rawValue)),
                    ("component", .string(event.component?.rawValue)), ("detail", .string(event.detail?.description)),
                ])
            }).rendered())
            return
        }
        guard !logged.isEmpty else {
            invocation.say("no events")
            return
        }
        var table = TextTable(["SEQ", "TIME", "ACCOUNT", "EVENT", "REASON", "FROM", "DETAIL"])
        for entry in logged {
            let event = entry.event
            let from = [event.ip?.description, event.device?.description, event.channel?.rawValue, event.component?.rawValue]
                .compactMap { $0 }.joined(separator: " ")
            table.add([String(entry.seq), text.time(event.at), entry.username ?? "—",
                       event.kind.rawValue, event.reason.rawValue, from, readable(event.detail?.description, text: text)])
        }
        invocation.print(table.rendered(style: invocation.style))
    }

    /// Detail with instants (`until=1796…`, `from=…`, an appointment's `at=…`) shown as world times.
    private static func readable(_ detail: String?, text: WorldText) -> String {
        guard let detail else { return "" }
        return detail.split(separator: " ").map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, ["until", "from", "at"].contains(parts[0]), let ms = Int64(parts[1]) else { return String(pair) }
            return "\(parts[0])=\(text.time(Instant(millisecondsSince1970: ms)))"
        }.joined(separator: " ")
    }
}
