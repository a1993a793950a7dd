import Portal

extension WorldStore {
    /// The last instant a world clock reaches: 9999-12-31T23:59:59.999Z. With policy durations
    /// capped at a year, no time computed from the clock can overflow.
    static let endOfTime = Instant(millisecondsSince1970: 253_402_300_799_999)

    /// The world clock.
    public func now() throws -> Instant {
        try read { $0 }
    }

    /// Moves the world clock forward by `span`; returns the new time. The clock never goes back,
    /// and moving it by nothing changes nothing (no event).
    @discardableResult
    public func advanceClock(by span: TimeSpan) throws -> Instant {
        guard span >= .zero else { throw WorldError.clockBackwards(.zero - span) }
        return try transaction { now in
            guard span > .zero else { return now }
            guard span.milliseconds <= Self.endOfTime.millisecondsSince1970 - now.millisecondsSince1970 else {
                throw WorldError.clockLimit(span)
            }
            let later = now + span
            try Meta.setNow(connection, later)
            var events = EventList()
            events.record(Event(at: later, account: nil, kind: .clockAdvanced, reason: .manual,
                                detail: .clock(from: now, by: span)))
            try append(events.events)
            return later
        }
    }

    /// When the world began: its first operator, `admin`, is made with it (by `init` at its
    /// start, by a simulation at the scenario's start). What came before is not on record.
    public func createdAt() throws -> Instant {
        try read { now in
            try connection.scalar("SELECT MIN(created_at) FROM operators").integerValue.map(Instant.init(millisecondsSince1970:)) ?? now
        }
    }
}
