import JSON
import Portal
import World

/// How times, spans and locks are written for people and in JSON, in the world's zone.
struct WorldText {
    let zone: Zone

    /// `2026-12-01 09:30 WIB`.
    func time(_ instant: Instant) -> String {
        instant.display(in: zone)
    }

    /// `2026-12-01T09:30:00+07:00`.
    func iso(_ instant: Instant) -> String {
        instant.iso8601(in: zone)
    }

    func iso(_ instant: Instant?) -> JSONValue {
        instant.map { .string(iso($0)) } ?? .null
    }

    /// A span to the second, as durations are written (`29m41s`).
    static func span(_ span: TimeSpan) -> String {
        TimeSpan.milliseconds(span.milliseconds / 1000 * 1000).description
    }

    /// `locked until 2026-12-01 09:00 WIB (29m41s left) — 5 failures, 1 temporary lockout`,
    /// with the failures that still count (`AccountOverview.failures`).
    func lock(_ lock: BruteForceState.Lock, state: BruteForceState, failures: Int, now: Instant) -> String {
        let counts = "\(plural(failures, "failure")), \(plural(state.temporaryLockouts, "temporary lockout"))"
        switch lock {
        case .none:
            return failures > 0 ? "not locked — \(plural(failures, "failure")) counted" : "not locked"
        case .temporary(let until):
            return "locked until \(time(until)) (\(Self.span(until - now)) left) — \(counts)"
        case .permanent:
            return "locked permanently — \(counts); only the desk can unlock it"
        }
    }

    /// DESIGN.md's `lock` object: `state`, `until`, `failures` (those that still count), `temporaryLockouts`.
    func lockJSON(_ lock: BruteForceState.Lock, state: BruteForceState, failures: Int) -> JSONValue {
        let (name, until): (String, Instant?) = switch lock {
        case .none: ("none", nil)
        case .temporary(let until): ("temporary", until)
        case .permanent: ("permanent", nil)
        }
        return .object([
            ("state", .string(name)), ("until", iso(until)),
            ("failures", .integer(Int64(failures))), ("temporaryLockouts", .integer(Int64(state.temporaryLockouts))),
        ])
    }

    /// An account's profile as JSON.
    func accountJSON(_ account: Account) -> JSONValue {
        .object([
            ("id", .string(account.id.description)),
            ("username", .string(account.username.value)),
            ("email", .string(account.email.value)),
            ("phone", .string(account.phone?.value)),
            ("kind", .string(account.kind.rawValue)),
            ("documents", .array(account.documents.map {
                .object([("type", .string($0.type.rawValue)), ("number", .string($0.number))])
            })),
            ("language", .string(account.language.rawValue)),
            ("secondFactor", .string(account.secondFactor.rawValue)),
            ("verification", .string(account.verification.rawValue)),
            ("status", .string(account.status.rawValue)),
            ("createdAt", .string(iso(account.createdAt))),
        ])
    }
}

/// `1 failure`, `5 failures`; `1 entry`, `2 entries` with the plural given.
func plural(_ count: Int, _ noun: String, _ nouns: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : nouns ?? noun + "s")"
}
