import Helpdesk
import JSON
import Portal
import World

/// `apoa unlock`: clear one account's lock, or the wave of locks an outage or maintenance caused.
enum UnlockCommand {
    static let spec = CommandSpec(
        ["unlock"],
        summary: "Clear an account's lock, or every lock set during an outage or maintenance, with a reason.",
        discussion: """
            One account (WHO): clears its lock through the portal's rule and logs lock-cleared
            (desk-unlock). Refused (exit 1) when the account is not locked (failures below the limit
            clear by themselves), and when an attack locked it and no password reset has been done
            since: reset the password first, or add --force (supervisors and admins; audited as
            unlock-force, with the cause). --ticket ID must name a ticket about the account; it goes
            into the audit line.

            A wave (--locked-during FROM..TO): every account locked now whose lock was set between FROM
            and TO (both included; times with offsets), with --cause only those an outage or maintenance
            locked. Locks by an attack, or whose cause the log cannot tell, are never unlocked in bulk:
            they are listed as skipped. --dry-run lists and changes nothing; the real run needs the
            bulk-unlock permission (supervisors and admins) and is one audited action.

            JSON: {"unlocked": LOCK, "forced"} for WHO; {"now", "from", "to", "cause", "dryRun",
            "unlock": [LOCK], "skipped": [LOCK with "skippedBecause"]} for a wave; LOCK as in
            'apoa lockouts --json'.
            """,
        arguments: [.optional("WHO", "username, e-mail, phone number or identity-document number")],
        options: [
            .value("reason", "TEXT", "why (required, but for --dry-run); kept in the audit log"),
            .value("ticket", "ID", "the ticket this is done for"),
            .flag("force", "unlock an attack's lock before a password reset (supervisors and admins)"),
            .value("locked-during", "FROM..TO", "every lock set in this window: times with offsets"),
            .value("cause", "outage|maintenance", "with --locked-during: only locks with this cause"),
            .flag("dry-run", "with --locked-during: list what would be unlocked, change nothing"),
        ],
        examples: [
            "apoa unlock budi.santoso --reason 'called the hotline, typed his old password' --ticket 12",
            "apoa unlock citra.lestari --reason 'password reset done by phone' --force",
            "apoa unlock --locked-during 2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00 --cause outage --dry-run",
            "apoa unlock --locked-during 2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00 --cause outage --reason 'sms outage'",
        ],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let window = try invocation.value("locked-during").map { try lockWindow($0, invocation: invocation) }
        let who = invocation.positional("WHO")
        let isDryRun = invocation.flag("dry-run")
        let ticket = try invocation.parse("ticket", expected: "a ticket number like 12") { text in
            Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text).flatMap { $0 >= 1 ? $0 : nil }
        }
        switch (who, window) {
        case (nil, nil): throw invocation.usage("give WHO, or --locked-during FROM..TO to unlock a wave of locks")
        case (_?, _?): throw invocation.usage("give WHO or --locked-during, not both")
        case (_?, nil):
            if invocation.value("cause") != nil || isDryRun {
                throw invocation.usage("--cause and --dry-run go with --locked-during, not with WHO")
            }
        case (nil, _?):
            if invocation.flag("force") { throw invocation.usage("--force unlocks one account: an attack's locks are never unlocked in bulk") }
        }
        let cause: BulkUnlockCause? = try invocation.choice("cause")
        let reason = invocation.value("reason")?.trimmingCharacters(in: .whitespaces) ?? ""
        if reason.isEmpty && !isDryRun {
            throw invocation.usage(invocation.value("reason") == nil ? "missing --reason TEXT: every unlock says why"
                                   : "--reason: expected why, found nothing")
        }
        let world = try invocation.openWorld()
        if let who {
            let desk = try invocation.desk(world)
            let receipt = try desk.unlock(who, reason: reason, ticket: ticket, force: invocation.flag("force"))
            printReceipt(receipt, showsPersonalData: desk.showsPersonalData, world: world, invocation: invocation)
        } else if let window {
            if isDryRun {
                let desk = try invocation.reader(world)
                let plan = try BulkUnlockPlan(world: world, lockedFrom: window.from, to: window.to, cause: cause)
                printPlan(plan, isDryRun: true, showsPersonalData: desk?.showsPersonalData ?? false, world: world, invocation: invocation)
            } else {
                let desk = try invocation.desk(world)
                let plan = try desk.bulkUnlock(lockedFrom: window.from, to: window.to, cause: cause, reason: reason, ticket: ticket)
                printPlan(plan, isDryRun: false, showsPersonalData: desk.showsPersonalData, world: world, invocation: invocation)
            }
        }
    }

    /// `FROM..TO`, two times with offsets, FROM not after TO.
    static func lockWindow(_ text: String, invocation: Invocation) throws(CLIError) -> (from: Instant, to: Instant) {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2 else {
            throw invocation.usage("--locked-during: expected FROM..TO, like "
                + "2026-12-01T08:00:00+07:00..2026-12-01T10:00:00+07:00, found '\(text)'")
        }
        let from = try invocation.checked("locked-during FROM") { () throws(PortalError) in try Instant(iso8601: parts[0]) }
        let to = try invocation.checked("locked-during TO") { () throws(PortalError) in try Instant(iso8601: parts[1]) }
        guard from <= to else { throw invocation.usage("--locked-during: FROM (\(parts[0])) is after TO (\(parts[1]))") }
        return (from, to)
    }

    private static func printReceipt(_ receipt: UnlockReceipt, showsPersonalData: Bool, world: WorldStore, invocation: Invocation) {
        let lockout = receipt.lockout
        let text = LockoutText(text: WorldText(zone: world.zone), showsPersonalData: showsPersonalData, now: lockout.history.now)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("unlocked", text.json(lockout)), ("forced", .bool(receipt.wasForced)),
            ]).rendered())
            return
        }
        let lock = switch receipt.cleared {
        case .temporary(let until): "a temporary lock until \(text.text.time(until))"
        case .permanent: "a permanent lock"
        case .none: "no lock"
        }
        invocation.say("unlocked \(lockout.account.username.value): cleared \(lock) (\(plural(lockout.failures, "failure"))); "
            + "cause \(lockout.causeName): \(lockout.why)")
        if case .attack = lockout.cause, let reset = lockout.history.resetAfterFailures {
            invocation.say("  the password was reset at \(text.text.time(reset)), after the attack")
        }
        if receipt.wasForced {
            invocation.say("  forced past an attack's lock: have the person reset the password now")
        }
    }

    private static func printPlan(_ plan: BulkUnlockPlan, isDryRun: Bool, showsPersonalData: Bool, world: WorldStore,
                                  invocation: Invocation) {
        let text = LockoutText(text: WorldText(zone: world.zone), showsPersonalData: showsPersonalData, now: plan.now)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("now", .string(text.text.iso(plan.now))), ("from", .string(text.text.iso(plan.from))),
                ("to", .string(text.text.iso(plan.to))), ("cause", .string(plan.cause?.rawValue)), ("dryRun", .bool(isDryRun)),
                ("unlock", .array(plan.unlocks.map { text.json($0) })),
                ("skipped", .array(plan.skipped.map { text.json($0.lockout, extra: [("skippedBecause", .string($0.why))]) })),
            ]).rendered())
            return
        }
        let window = "\(text.text.time(plan.from)) to \(text.text.time(plan.to))"
        let count = plural(plan.unlocks.count, "account")
        invocation.say((isDryRun ? "would unlock \(count)" : "unlocked \(count)") + " locked \(window)"
            + (plan.cause.map { " by \($0.rawValue)" } ?? "") + (plan.unlocks.isEmpty ? "" : ":"))
        if !plan.unlocks.isEmpty { invocation.print(text.table(plan.unlocks, style: invocation.style)) }
        if !plan.skipped.isEmpty {
            invocation.say("skipped \(plan.skipped.count) (unlock them one by one, after a reset where an attack locked them):")
            invocation.print(text.skippedTable(plan.skipped, style: invocation.style))
        }
    }
}
