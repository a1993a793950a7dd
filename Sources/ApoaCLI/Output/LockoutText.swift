import Helpdesk
import JSON
import Portal
import World

/// How `apoa lockouts` and `apoa unlock` write locks, for people and in JSON. E-mail addresses
/// are masked unless the operator's role may see them.
struct LockoutText {
    let text: WorldText
    let showsPersonalData: Bool
    let now: Instant

    func email(_ account: Account) -> String {
        showsPersonalData ? account.email.value : Masking.email(account.email)
    }

    /// `29m41s`, `expired` for a lock that ran out, `—` for a permanent one.
    func left(_ lockout: Lockout) -> String {
        switch lockout.lock {
        case .temporary(let until): WorldText.span(until - now)
        case .permanent: "—"
        case .none: "expired"
        }
    }

    /// One lock as JSON: who, the lock, its cause.
    func json(_ lockout: Lockout, extra: [(String, JSONValue)] = []) -> JSONValue {
        let secondsLeft: Int64? = if case .temporary(let until) = lockout.lock { (until - now).milliseconds / 1000 } else { nil }
        return .object([
            ("account", .string(lockout.account.id.description)),
            ("username", .string(lockout.account.username.value)),
            ("email", .string(email(lockout.account))),
            ("state", .string(lockout.state)),
            ("since", text.iso(lockout.since)),
            ("until", text.iso(lockout.until)),
            ("secondsLeft", .integer(secondsLeft)),
            ("failures", .integer(lockout.failures)),
            ("temporaryLockouts", .integer(lockout.history.bruteForce.temporaryLockouts)),
            ("cause", .string(lockout.causeName)),
            ("why", .string(lockout.why)),
            ("resetSince", text.iso(lockout.history.resetAfterFailures)),
        ] + extra)
    }

    /// The lockout table: one row per lock.
    func table(_ lockouts: [Lockout], style: Style) -> String {
        var table = TextTable(["USERNAME", "E-MAIL", "CAUSE", "SINCE", "UNTIL", "LEFT", "FAILURES", "WHY"])
        for lockout in lockouts {
            table.add([lockout.account.username.value, email(lockout.account), lockout.causeName,
                       lockout.since.map(text.time) ?? "—", lockout.until.map(text.time) ?? "permanent", left(lockout),
                       String(lockout.failures), lockout.why])
        }
        return table.rendered(style: style)
    }

    /// Skipped locks of a bulk unlock, with why.
    func skippedTable(_ skipped: [BulkUnlockPlan.Skipped], style: Style) -> String {
        var table = TextTable(["USERNAME", "E-MAIL", "CAUSE", "SINCE", "UNTIL", "SKIPPED BECAUSE"])
        for item in skipped {
            let lockout = item.lockout
            table.add([lockout.account.username.value, email(lockout.account), lockout.causeName,
                       lockout.since.map(text.time) ?? "—", lockout.until.map(text.time) ?? "permanent", item.why])
        }
        return table.rendered(style: style)
    }
}
