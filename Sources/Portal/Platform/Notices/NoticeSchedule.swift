/// When a notice is in force: one window from `starts`, or windows that recur.
///
/// A one-off window runs from `starts` for `length` (for ever when `length` is nil: an
/// incident with no end yet). A recurring schedule (`Recurrence`) has its first window on the
/// first day on or after `starts`' local date that the rule falls on — at `starts` itself when
/// that is `starts`' own day — and the rest at `starts`' local time of day in the rule's zone.
public struct NoticeSchedule: Hashable, Sendable {
    /// The start of the first window (as published).
    public let starts: Instant
    /// How long each window lasts; nil for an open-ended incident.
    public let length: TimeSpan?
    /// How the windows repeat; nil for one window.
    public let recurrence: Recurrence?

    /// `starts` on the recurrence zone's wall clock (unused without a recurrence).
    private let startLocal: LocalDateTime
    /// The day of the first window.
    private let firstDay: Int64
    /// The day of the last window: nil when the windows never stop, before `firstDay` when
    /// the bounds leave none at all.
    private let lastDay: Int64?

    /// The schedule of one window, or of windows repeating by `recurrence` (which needs a `length`).
    public init(starts: Instant, length: TimeSpan?, recurrence: Recurrence? = nil) {
        self.starts = starts
        self.length = length
        self.recurrence = recurrence
        guard let recurrence else {
            startLocal = Zone.utc.local(starts)
            firstDay = 0
            lastDay = 0
            return
        }
        let local = recurrence.zone.local(starts)
        let first = recurrence.frequency.firstDay(onOrAfter: local.dayNumber)
        startLocal = local
        firstDay = first
        lastDay = Self.lastDay(of: recurrence, from: first) { day in
            Self.start(of: day, recurrence: recurrence, startLocal: local, starts: starts)
        }
    }

    /// Whether the windows repeat.
    public var isRecurring: Bool { recurrence != nil }

    /// Whether there is any window at all: false only for a recurrence whose `until` or
    /// `count` ends it before its first window.
    public var hasWindows: Bool {
        lastDay.map { $0 >= firstDay } ?? true
    }

    /// The first window, or nil when there is none.
    public var firstWindow: NoticeWindow? {
        guard recurrence != nil else { return window(from: starts) }
        return hasWindows ? window(day: firstDay) : nil
    }

    /// The last window, or nil when the windows never stop (or there is none).
    public var lastWindow: NoticeWindow? {
        guard recurrence != nil else { return window(from: starts) }
        guard let lastDay, hasWindows else { return nil }
        return window(day: lastDay)
    }

    /// When the last window ends: nil when it never does (an open incident, an endless recurrence).
    public var end: Instant? {
        lastWindow?.ends
    }

    /// The window `instant` falls in, or nil between windows.
    public func window(at instant: Instant) -> NoticeWindow? {
        guard let recurrence else {
            let only = window(from: starts)
            return only.contains(instant) ? only : nil
        }
        guard hasWindows else { return nil }
        var day = recurrence.frequency.lastDay(onOrBefore: recurrence.zone.local(instant).dayNumber)
        if let lastDay { day = min(day, lastDay) }
        // The window of the instant's own day may not have begun yet; the day before's may still
        // run past midnight. One more covers a window stretched by a daylight-saving change.
        for _ in 0..<3 where day >= firstDay {
            let candidate = window(day: day)
            if candidate.contains(instant) { return candidate }
            day = recurrence.frequency.lastDay(onOrBefore: day - 1)
        }
        return nil
    }

    /// The first window that starts after `instant`, or nil when none does.
    public func nextWindow(after instant: Instant) -> NoticeWindow? {
        guard let recurrence else {
            return starts > instant ? window(from: starts) : nil
        }
        var day = recurrence.frequency.firstDay(onOrAfter: max(firstDay, recurrence.zone.local(instant).dayNumber))
        while lastDay.map({ day <= $0 }) ?? true {
            let candidate = window(day: day)
            if candidate.starts > instant { return candidate }
            day = recurrence.frequency.firstDay(onOrAfter: day + 1)
        }
        return nil
    }

    /// Every window that shares an instant with `from..<to`, in order.
    public func windows(from: Instant, to: Instant) -> [NoticeWindow] {
        let range = NoticeWindow(starts: from, ends: to)
        guard let recurrence else {
            let only = window(from: starts)
            return only.overlaps(range) ? [only] : []
        }
        guard hasWindows else { return [] }
        // A window that began up to one length (plus a day for the zone) before `from` may reach into it.
        let earliest = recurrence.zone.local(from - (length ?? .zero)).dayNumber - 1
        var day = recurrence.frequency.firstDay(onOrAfter: max(firstDay, earliest))
        var found: [NoticeWindow] = []
        while lastDay.map({ day <= $0 }) ?? true {
            let candidate = window(day: day)
            if candidate.starts >= to { break }
            if candidate.overlaps(range) { found.append(candidate) }
            day = recurrence.frequency.firstDay(onOrAfter: day + 1)
        }
        return found
    }

    /// The window that starts at `start`.
    private func window(from start: Instant) -> NoticeWindow {
        NoticeWindow(starts: start, ends: length.map { start + $0 })
    }

    /// The window on `day` (a day the recurrence falls on).
    private func window(day: Int64) -> NoticeWindow {
        guard let recurrence else { return window(from: starts) }
        return window(from: Self.start(of: day, recurrence: recurrence, startLocal: startLocal, starts: starts))
    }

    /// When the window on `day` starts: `starts` on its own day, else `starts`' time of day on
    /// the zone's wall clock that day.
    private static func start(of day: Int64, recurrence: Recurrence, startLocal: LocalDateTime, starts: Instant) -> Instant {
        if day == startLocal.dayNumber { return starts }
        let date = CivilCalendar.date(dayNumber: day)
        let local = LocalDateTime(
            unchecked: Int(date.year), month: Int(date.month), day: Int(date.day), hour: startLocal.hour,
            minute: startLocal.minute, second: startLocal.second, millisecond: startLocal.millisecond)
        return recurrence.zone.instant(for: local)
    }

    /// The day of the last window `recurrence` allows from `firstDay`: the `count`-th, and the
    /// last whose window starts at or before `until`, whichever comes first; nil for neither.
    private static func lastDay(of recurrence: Recurrence, from firstDay: Int64, start: (Int64) -> Instant) -> Int64? {
        var last: Int64?
        if let count = recurrence.count {
            guard count >= 1 else { return firstDay - 1 }
            var day = firstDay
            for _ in 1..<min(count, Recurrence.maximumCount) {
                day = recurrence.frequency.firstDay(onOrAfter: day + 1)
            }
            last = day
        }
        if let until = recurrence.until {
            var day = recurrence.frequency.lastDay(onOrBefore: recurrence.zone.local(until).dayNumber)
            while day >= firstDay, start(day) > until {
                day = recurrence.frequency.lastDay(onOrBefore: day - 1)
            }
            last = min(last ?? day, day)
        }
        return last
    }
}
