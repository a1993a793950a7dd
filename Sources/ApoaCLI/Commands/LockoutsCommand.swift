import Helpdesk
import JSON
import Portal
import World

/// `apoa lockouts`: every locked account with its cause, or the addresses behind the locks.
enum LockoutsCommand {
    static let spec = CommandSpec(
        ["lockouts"],
        summary: "List locked accounts with cause, since, until and time left; or the addresses behind them.",
        discussion: """
            Lists the locks in force, and those that ended in the last 24 hours of the world clock and
            that nothing has cleared since (no login, reset or unlock), by when they end: ended ones
            first, permanent ones last. --active keeps the locks in force. The cause is the diagnosis's
            rule: attack, maintenance, outage, owner (the person's own mistakes), or unknown (a world
            without its event log). E-mail addresses are masked unless the operator's role may see them.

            --by-source groups the failures behind those locks by address: how many accounts each
            address failed against in the whole log, which listed accounts it locked, and 'stuffing'
            when it tried 10 accounts or more. Unlock those accounts only after a password reset.

            JSON: {"now", "activeOnly", "lockouts": [LOCK]}, LOCK = {"account", "username", "email",
            "state" (temporary|permanent|expired), "since", "until", "secondsLeft", "failures",
            "temporaryLockouts", "cause", "why", "resetSince"}; with --by-source {"now", "activeOnly",
            "sources": [{"ip", "failures", "accountsTried", "lockedAccounts", "stuffing"}]}.
            """,
        options: [
            .flag("active", "only the locks in force now"),
            .flag("by-source", "group the failures behind the locks by address, flagging credential stuffing"),
        ],
        examples: ["apoa lockouts", "apoa lockouts --active --json", "apoa lockouts --by-source"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let world = try invocation.openWorld()
        let desk = try invocation.reader(world)
        let isActiveOnly = invocation.flag("active")
        let list = try LockoutList(world: world, activeOnly: isActiveOnly)
        let text = LockoutText(text: WorldText(zone: world.zone), showsPersonalData: desk?.showsPersonalData ?? false, now: list.now)
        if invocation.flag("by-source") {
            printSources(list, isActiveOnly: isActiveOnly, text: text, to: invocation)
            return
        }
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("now", .string(text.text.iso(list.now))), ("activeOnly", .bool(isActiveOnly)),
                ("lockouts", .array(list.lockouts.map { text.json($0) })),
            ]).rendered())
            return
        }
        let active = list.lockouts.filter { $0.lock != .none }.count
        let ended = list.lockouts.count - active
        var headline = "\(plural(active, "account")) locked at \(text.text.time(list.now))"
        if !isActiveOnly { headline += ", \(ended) more whose lock ended in the last 24h" }
        invocation.say(headline)
        if !list.lockouts.isEmpty { invocation.print(text.table(list.lockouts, style: invocation.style)) }
    }

    private static func printSources(_ list: LockoutList, isActiveOnly: Bool, text: LockoutText, to invocation: Invocation) {
        let sources = list.sources
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("now", .string(text.text.iso(list.now))), ("activeOnly", .bool(isActiveOnly)),
                ("sources", .array(sources.map { source in
                    .object([
                        ("ip", .string(source.ip.description)), ("failures", .integer(source.failures)),
                        ("accountsTried", .integer(source.accountsTried)),
                        ("lockedAccounts", .array(source.lockedAccounts.map { .string($0) })),
                        ("stuffing", .bool(source.isStuffing)),
                    ])
                })),
            ]).rendered())
            return
        }
        let stuffing = sources.filter(\.isStuffing).count
        invocation.say("\(sources.count) \(sources.count == 1 ? "address" : "addresses") behind \(plural(list.lockouts.count, "lock"))"
            + (stuffing > 0 ? ", \(stuffing) trying many accounts (stuffing): reset before unlocking theirs" : ""))
        guard !sources.isEmpty else { return }
        var table = TextTable(["ADDRESS", "FAILURES", "ACCOUNTS TRIED", "LOCKED", "FLAG", "LOCKED ACCOUNTS"])
        for source in sources {
            let names = source.lockedAccounts.prefix(5).joined(separator: ", ")
                + (source.lockedAccounts.count > 5 ? " and \(source.lockedAccounts.count - 5) more" : "")
            table.add([source.ip.description, String(source.failures), String(source.accountsTried),
                       String(source.lockedAccounts.count), source.isStuffing ? "stuffing" : "", names])
        }
        invocation.print(table.rendered(style: invocation.style))
    }
}
