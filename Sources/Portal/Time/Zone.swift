import Foundation

/// A world's time zone: an IANA identifier, its rules (read through Foundation's `TimeZone`) and
/// the abbreviations people in Indonesia write (WIB, WITA, WIT).
///
/// Two zones are equal when their identifiers are. Build a zone once per identifier and keep it
/// (`init?(identifier:)` walks the zone's transitions since 1970: microseconds, not nanoseconds).
/// Zones that no longer change their clocks, like all of Indonesia's, answer offsets and local
/// times without asking Foundation; the others ask it on every call (tens of nanoseconds).
public struct Zone: Sendable, Hashable, CustomStringConvertible {
    /// The IANA identifier as given: `Asia/Jakarta`, `Europe/Amsterdam`, `UTC`.
    public let identifier: String
    /// The rules, from the tz database that Foundation carries.
    private let timeZone: TimeZone
    /// Since when (milliseconds since 1970) the zone's offset has not changed and never will, as
    /// far as the tz database knows; `Int64.max` for zones that still change their clocks.
    /// From there on, offsets are answered without asking Foundation.
    private let steadySince: Int64
    /// The offset in milliseconds from `steadySince` on.
    private let steadyOffset: Int64
    /// Which abbreviations the zone uses.
    private let naming: Naming

    /// Where a zone's abbreviation comes from.
    private enum Naming: Hashable, Sendable {
        /// Indonesian zones: WIB, WITA or WIT by offset.
        case indonesian
        /// Zones that are UTC by definition.
        case utc
        /// Foundation's abbreviation when it is letters only, else the offset.
        case foundation
    }

    /// The zone with IANA identifier `identifier` (case-sensitive: `Asia/Jakarta`, not
    /// `asia/jakarta`), or nil when the tz database has no such zone.
    public init?(identifier: String) {
        guard let timeZone = TimeZone(identifier: identifier) else { return nil }
        self.init(identifier: identifier, timeZone: timeZone)
    }

    private init(identifier: String, timeZone: TimeZone) {
        self.identifier = identifier
        self.timeZone = timeZone
        (steadySince, steadyOffset) = Self.steadyOffset(of: timeZone)
        naming =
            Self.indonesianIdentifiers.contains(identifier) ? .indonesian
            : Self.utcIdentifiers.contains(identifier) ? .utc
            : .foundation
    }

    /// Asia/Jakarta: WIB, UTC+07:00, the default zone of a world.
    public static let jakarta = Zone.builtIn("Asia/Jakarta")

    /// UTC.
    public static let utc = Zone.builtIn("UTC")

    /// A zone every tz database has; its absence means Foundation's data is broken.
    private static func builtIn(_ identifier: String) -> Zone {
        guard let zone = Zone(identifier: identifier) else {
            preconditionFailure("Foundation's time zone data has no \(identifier)")
        }
        return zone
    }

    /// Zones whose abbreviation is WIB, WITA or WIT by offset (Asia/Pontianak was WITA until 1988).
    private static let indonesianIdentifiers = [
        "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Ujung_Pandang", "Asia/Jayapura",
    ]

    /// Zones that are written `UTC` (Foundation would say `GMT` for some of them).
    private static let utcIdentifiers = [
        "UTC", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu",
    ]

    /// The identifier.
    public var description: String { identifier }

    /// How far the zone's wall clock is ahead of UTC at `instant` (negative west of Greenwich),
    /// daylight saving time included.
    public func offset(at instant: Instant) -> TimeSpan {
        let milliseconds = instant.millisecondsSince1970
        if milliseconds >= steadySince { return TimeSpan(milliseconds: steadyOffset) }
        return TimeSpan(milliseconds: Int64(timeZone.secondsFromGMT(for: Self.date(milliseconds))) * 1_000)
    }

    /// The abbreviation people write after a time in this zone at `instant`.
    ///
    /// Indonesian zones by offset: `WIB` (+07:00: Asia/Jakarta, Asia/Pontianak), `WITA` (+08:00:
    /// Asia/Makassar), `WIT` (+09:00: Asia/Jayapura). `UTC` for UTC and Etc/UTC. Otherwise
    /// Foundation's abbreviation when it is letters only, else the offset: `UTC+01:00`,
    /// `UTC-03:30`, `UTC` (Foundation on Linux says `GMT+7` for Jakarta and `GMT+1` for
    /// Amsterdam, so most zones abroad come out as offsets). Foundation's abbreviations come from
    /// ICU's locale data and can differ between machines; the Indonesian, UTC and offset forms
    /// cannot.
    public func abbreviation(at instant: Instant) -> String {
        let offset = offset(at: instant).milliseconds
        switch naming {
        case .indonesian:
            switch offset {
            case 7 * 3_600_000: return "WIB"
            case 8 * 3_600_000: return "WITA"
            case 9 * 3_600_000: return "WIT"
            default: return Self.offsetName(offset)
            }
        case .utc:
            return "UTC"
        case .foundation:
            if let name = timeZone.abbreviation(for: Self.date(instant.millisecondsSince1970)), !name.isEmpty,
               name.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) {
                return name
            }
            return Self.offsetName(offset)
        }
    }

    /// The wall-clock date and time in this zone at `instant`.
    public func local(_ instant: Instant) -> LocalDateTime {
        LocalDateTime(wallMilliseconds: instant.millisecondsSince1970 + offset(at: instant).milliseconds)
    }

    /// The instant at which this zone's clocks show `local`.
    ///
    /// A time that the clocks skip (02:30 when they jump from 02:00 to 03:00) is moved forward
    /// by the length of the jump: 03:30. A time they show twice (02:30 when they fall back from
    /// 03:00 to 02:00) is the earlier of the two instants, still on daylight saving time.
    public func instant(for local: LocalDateTime) -> Instant {
        let wall = local.wallMilliseconds
        let day: Int64 = 86_400_000
        // A day past the last transition no wall time can be ambiguous or skipped.
        if wall - day >= steadySince { return Instant(millisecondsSince1970: wall - steadyOffset) }

        // The offsets a day either side bracket any single transition near `wall`; each gives a
        // candidate, which is right when the zone really has that offset at the candidate.
        let before = offset(at: Instant(millisecondsSince1970: wall - day)).milliseconds
        let after = offset(at: Instant(millisecondsSince1970: wall + day)).milliseconds
        let early = Instant(millisecondsSince1970: wall - before)
        let late = Instant(millisecondsSince1970: wall - after)
        let isEarlyRight = offset(at: early).milliseconds == before
        let isLateRight = offset(at: late).milliseconds == after
        switch (isEarlyRight, isLateRight) {
        case (true, true): return min(early, late)
        case (true, false): return early
        case (false, true): return late
        // In a gap neither is right. `early` reads the wall time with the offset from before the
        // jump, which lands after it, where the clock shows `wall` plus the jump.
        case (false, false): return early
        }
    }

    /// `UTC`, `UTC+07:00` or `UTC-03:30`.
    private static func offsetName(_ milliseconds: Int64) -> String {
        if milliseconds == 0 { return "UTC" }
        return ASCIIWriter.string { writer in
            writer.append(contentsOf: "UTC")
            writer.appendOffset(milliseconds: milliseconds)
        }
    }

    /// The Foundation date of an instant, for asking `TimeZone`.
    private static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1_000)
    }

    /// Finds the last transition of `timeZone` from 1970 on, and the offset after it, for zones
    /// that have stopped changing their clocks.
    ///
    /// Indonesian zones have had no transition since 1988, UTC never. Zones still on daylight
    /// saving time (they have transitions after 2200) and zones with more transitions since 1970
    /// than the budget get `Int64.max`: always ask Foundation.
    private static func steadyOffset(of timeZone: TimeZone) -> (since: Int64, offset: Int64) {
        // One question settles zones that still change their clocks, which are the costly ones
        // to walk (each transition costs Foundation about a microsecond).
        let late = Date(timeIntervalSince1970: 7_258_118_400)  // 2200-01-01
        if timeZone.nextDaylightSavingTimeTransition(after: late) != nil { return (Int64.max, 0) }
        var last = Date(timeIntervalSince1970: 0)
        for _ in 0..<128 {
            guard let next = timeZone.nextDaylightSavingTimeTransition(after: last) else {
                let offset = timeZone.secondsFromGMT(for: last)
                // A guard against a transition Foundation did not report: the offset must be the
                // same far in the future.
                let far = Date(timeIntervalSince1970: 32_503_680_000)  // 3000-01-01
                guard timeZone.secondsFromGMT(for: far) == offset else { return (Int64.max, 0) }
                return (Int64((last.timeIntervalSince1970 * 1_000).rounded()), Int64(offset) * 1_000)
            }
            last = next
        }
        return (Int64.max, 0)
    }
}
