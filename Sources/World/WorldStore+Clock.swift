import Portal

extension WorldStore {
    /// The world clock.
    public func now() throws -> Instant {
        try read { $0 }
    }

    /// Moves the world clock forward by `span`; returns the new time. The clock never goes back.
    @discardableResult
    public func advanceClock(by span: TimeSpan) throws -> Instant {
        guard span >= .zero else { throw WorldError.clockBackwards(.zero - span) }
        return try transaction { now in
            let later = now + span
            try Meta.setNow(connection, later)
            var events = EventList()
            events.record(Event(at: later, account: nil, kind: .clockAdvanced, reason: .manual,
                                detail: "from=\(now.millisecondsSince1970) by=\(span)"))
            try append(events.events)
            return later
        }
    }
}
