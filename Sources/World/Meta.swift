import Foundation
import JSON
import Portal
import SQLiteDB

/// The `meta` table: the world's settings and clock, one row per key.
///
/// | key | value |
/// | --- | --- |
/// | `now` | the world clock, milliseconds since 1970 UTC |
/// | `time_zone` | IANA zone its times are shown in |
/// | `policy` | the policy object, as JSON |
/// | `created_by` | the apoa version that made it |
enum Meta {
    struct Contents {
        var policy: PortalPolicy
        var zone: Zone
    }

    static func write(_ connection: Connection, policy: PortalPolicy, zone: Zone, now: Instant) throws {
        let statement = try connection.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        try statement.execute(["now", now.millisecondsSince1970])
        try statement.execute(["time_zone", zone.identifier])
        try statement.execute(["policy", PolicyCoding.encode(policy).rendered(pretty: false)])
        try statement.execute(["created_by", "apoa \(ApoaVersion.current)"])
    }

    static func read(_ connection: Connection, path: String) throws -> Contents {
        guard case .text(let zoneName) = try value(connection, "time_zone"), let zone = Zone(identifier: zoneName) else {
            throw WorldError.notAWorld(path: path, why: "meta.time_zone is missing or not a time zone")
        }
        guard case .text(let policyText) = try value(connection, "policy") else {
            throw WorldError.notAWorld(path: path, why: "meta.policy is missing")
        }
        let policy: PortalPolicy
        do {
            policy = try PolicyCoding.decode(text: policyText, file: "\(path): meta.policy")
        } catch WorldError.invalidPolicy(let issues) {
            throw WorldError.notAWorld(path: path, why: issues.map(\.description).joined(separator: "; "))
        }
        _ = try now(connection)
        return Contents(policy: policy, zone: zone)
    }

    static func now(_ connection: Connection) throws -> Instant {
        guard case .integer(let ms) = try value(connection, "now") else {
            throw WorldError.notAWorld(path: connection.path, why: "meta.now is missing or not a whole number")
        }
        return Instant(millisecondsSince1970: ms)
    }

    static func setNow(_ connection: Connection, _ now: Instant) throws {
        try connection.run("UPDATE meta SET value = ? WHERE key = 'now'", [now.millisecondsSince1970])
    }

    private static func value(_ connection: Connection, _ key: String) throws -> SQLValue {
        try connection.scalar("SELECT value FROM meta WHERE key = ?", [key])
    }
}

/// This build's version, shown by `apoa --version` and recorded in new worlds.
public enum ApoaVersion {
    /// Semantic version of the tool.
    public static let current = "0.1.0"
}
