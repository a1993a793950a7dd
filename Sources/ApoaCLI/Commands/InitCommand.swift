import Foundation
import JSON
import Portal
import World

/// `apoa init`: a new, empty world to work by hand.
enum InitCommand {
    /// Where a world's clock starts when `--start` is not given: a fixed instant, since the
    /// world clock never reads the real one.
    static let defaultStart = "2026-12-01T08:00:00+07:00"

    static let spec = CommandSpec(
        ["init"],
        summary: "Create a new, empty world to work by hand.",
        discussion: """
            The world holds the portal's policy (lockout, CAPTCHA, one-time codes, resets, sessions),
            its clock and time zone, and the built-in operator 'admin'. An existing file is never overwritten.
            The policy file is the "policy" object of a scenario file; every field has a default.
            """,
        options: [
            .value("policy", "FILE", "policy JSON file (default: the portal's standard policy)"),
            .value("start", "TIME", "the world clock's start, with a zone offset (default: \(defaultStart))"),
            .value("time-zone", "ZONE", "IANA zone its times are shown in (default: Asia/Jakarta, WIB)"),
        ],
        examples: [
            "apoa init",
            "apoa init --world training.sqlite --start 2026-12-02T07:30:00+07:00",
            "apoa init --policy strict-policy.json --time-zone Asia/Makassar",
        ],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let start = try invocation.checked("start") { () throws(PortalError) in
            try Instant(iso8601: invocation.value("start") ?? defaultStart)
        }
        let zoneName = invocation.value("time-zone") ?? "Asia/Jakarta"
        guard let zone = Zone(identifier: zoneName) else {
            throw invocation.usage(
                "--time-zone: unknown time zone '\(zoneName)': expected an IANA name like Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
        }
        var policy = PortalPolicy.standard
        if let file = invocation.value("policy") {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError.io("cannot read policy file '\(file)'")
            }
            policy = try PolicyCoding.decode(text: String(decoding: data, as: UTF8.self), file: file)
        }
        let world = try WorldStore.create(at: invocation.worldPath(), policy: policy, start: start, zone: zone)
        let text = WorldText(zone: zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("world", .string(world.path)), ("now", .string(text.iso(start))), ("timeZone", .string(zone.identifier)),
                ("policy", PolicyCoding.encode(policy)),
            ]).rendered())
            return
        }
        invocation.say("""
            created \(world.path)
              clock    \(text.time(start))
              lockout  \(policy.bruteForce.summary)
              operator admin
            """)
    }
}
