import JSON
import Portal
import World

/// `apoa clock show | advance`: the world clock, which every desk action reads.
enum ClockCommands {
    static let show = CommandSpec(
        ["clock", "show"],
        summary: "Show the world clock.",
        examples: ["apoa clock show", "apoa clock show --json"],
        run: { invocation in
            let world = try invocation.openWorld()
            let now = try world.now()
            print(now, in: world, to: invocation, isAnswer: true)
        })

    static let advance = CommandSpec(
        ["clock", "advance"],
        summary: "Move the world clock forward (it never goes back); an admin's action.",
        discussion: """
            Locks run out, codes and reset links expire and sessions time out as the clock moves. What the
            portal does by itself when its time comes is done as the clock passes it: applications left in
            needs-action for 30 days are rejected (action-deadline-passed), and the person is notified.
            """,
        arguments: [.required("DURATION", "how far: 250ms, 90s, 15m, 2h, 3d or 1h30m")],
        examples: ["apoa clock advance 30m", "apoa clock advance 1h30m"],
        run: { invocation in
            let text = try invocation.required("DURATION")
            if text.hasPrefix("-") { throw WorldError.clockBackwards(TimeSpan(parsing: String(text.dropFirst())) ?? .zero) }
            guard let span = TimeSpan(parsing: text) else {
                throw invocation.usage("DURATION: expected a duration like 15m, 2h or 1h30m, found '\(text)'")
            }
            let world = try invocation.openWorld()
            let (now, rejected) = try invocation.desk(world).perform("clock-advance", target: nil, needs: [.administer]) { audit in
                let now = try world.advanceClock(by: span)
                // What the portal does by itself when its time comes happens as the clock passes it.
                let rejected = try world.runDueSteps()
                audit.detail = "moved the clock by \(span) to \(now.iso8601(in: world.zone))"
                    + (rejected.isEmpty ? "" : "; rejected \(plural(rejected.count, "application")) past the action deadline")
                return (now, rejected)
            }
            print(now, in: world, to: invocation, isAnswer: false)
            if !rejected.isEmpty {
                invocation.say("rejected \(plural(rejected.count, "application")) left in needs-action for "
                    + "\(ApplicationWorkflow.actionDeadline) (action-deadline-passed): "
                    + rejected.prefix(5).map { "#\($0.id)" }.joined(separator: ", ") + (rejected.count > 5 ? ", …" : ""))
            }
        })

    /// The time; `--quiet` silences it only where it is a by-product (after moving the clock).
    private static func print(_ now: Instant, in world: WorldStore, to invocation: Invocation, isAnswer: Bool) {
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("now", .string(text.iso(now))), ("timeZone", .string(world.zone.identifier)),
                ("abbreviation", .string(world.zone.abbreviation(at: now))),
            ]).rendered())
        } else {
            let line = "\(text.time(now))  (\(text.iso(now)), \(world.zone.identifier))"
            isAnswer ? invocation.print(line) : invocation.say(line)
        }
    }
}
