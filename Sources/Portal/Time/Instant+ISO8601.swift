extension Instant {
    /// Reads a strict RFC 3339 time with a required zone offset:
    /// `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`, like `2026-12-01T08:00:00+07:00`,
    /// `2026-12-01T01:00Z` or `2026-12-01T08:00:00.250+07:00`.
    ///
    /// Only upper-case `T` and `Z`; a four-digit year from 1970 to 9999; one to three fraction
    /// digits (the world counts milliseconds); no leap second (`:60`); offsets up to ±23:59.
    /// A time without an offset is refused with `.timeWithoutOffset`, because the same wall-clock time
    /// is a different instant in WIB, WITA and WIT.
    public init(iso8601 text: String) throws(PortalError) {
        self = try ISO8601Text.parse(text)
    }

    /// The RFC 3339 text of this instant in `zone`'s local time and offset:
    /// `2026-12-01T09:30:00+07:00`.
    ///
    /// `.123` appears only when there are milliseconds. The offset is always numeric, `+00:00` in
    /// UTC, never `Z`. `Instant(iso8601:)` reads the text back to the same instant.
    public func iso8601(in zone: Zone) -> String {
        ISO8601Text.format(self, offsetMilliseconds: zone.offset(at: self).milliseconds)
    }

    /// The instant as people at the desk read it: `2026-12-01 09:30 WIB`, or
    /// `2026-12-01 09:30:15 WIB` when the seconds are not zero. Milliseconds are not shown.
    public func display(in zone: Zone) -> String {
        let local = zone.local(self)
        let abbreviation = zone.abbreviation(at: self)
        return ASCIIWriter.string(extra: abbreviation.utf8.count) { writer in
            writer.appendDateTime(local, separator: " ", alwaysSeconds: false, milliseconds: false)
            writer.append(" ")
            writer.append(contentsOf: abbreviation)
        }
    }
}
