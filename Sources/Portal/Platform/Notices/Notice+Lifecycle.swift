/// Where a notice stands at an instant, from the clock and the updates posted by then.
///
/// Asking about an instant before a cancellation or an update gives the notice as it was then,
/// so the history of a notice (and of the components it touched) can be read back.
extension Notice {
    /// The notice's status at `instant`.
    ///
    /// Maintenance: `in-progress` during a window (one ended early by a `completed` update ends
    /// there), `completed` once its last window has ended, `scheduled` otherwise (before and
    /// between windows). Incident: `resolved` from a `resolved` update or its end, else the status
    /// of the newest update by then, else `investigating` (also before its start, which only a
    /// back-dated question can ask about). `cancelled` from its cancellation on.
    public func status(at instant: Instant) -> NoticeStatus {
        if let cancellation, cancellation.at <= instant { return .cancelled }
        switch kind {
        case .maintenance:
            if windowInForce(at: instant) != nil { return .inProgress }
            if let end = maintenanceEnd, end <= instant { return .completed }
            return .scheduled
        case .incident:
            if let end = incidentEnd, end <= instant { return .resolved }
            return updates.last { $0.at <= instant }?.status ?? .investigating
        }
    }

    /// The statuses the notice imposes on its components at `instant`: all of `components`
    /// during a maintenance window, or while an incident is `investigating` or `identified`
    /// (from its start); nothing otherwise.
    public func componentStatuses(at instant: Instant) -> [AffectedComponent] {
        isImposing(at: instant) ? components : []
    }

    /// The window in force at `instant`: a maintenance window in progress (cut short by a
    /// `completed` update), or an incident from its start to its end or resolution (open while
    /// it has neither). Nil when none is, and after a cancellation.
    public func windowInForce(at instant: Instant) -> NoticeWindow? {
        if let cancellation, cancellation.at <= instant { return nil }
        switch kind {
        case .maintenance:
            guard let window = schedule.window(at: instant).map(cutShort) else { return nil }
            return window.contains(instant) ? window : nil
        case .incident:
            let window = NoticeWindow(starts: schedule.starts, ends: incidentEnd)
            return window.contains(instant) ? window : nil
        }
    }

    /// The next maintenance window to start after `instant`, nil when there is none (an incident
    /// has none once it has started; a cancelled notice none after its cancellation).
    public func nextWindow(after instant: Instant) -> NoticeWindow? {
        guard let next = schedule.nextWindow(after: instant) else { return nil }
        if let cancellation, cancellation.at <= max(instant, next.starts) { return nil }
        return kind == .incident ? NoticeWindow(starts: next.starts, ends: incidentEnd) : next
    }

    /// When the notice stops imposing anything for good: its last window's end (or an early
    /// completion of it), an incident's resolution or end, or its cancellation if sooner. Nil
    /// while that is open (an endless recurrence, an incident with no end and no resolution).
    public var inForceUntil: Instant? {
        let natural = kind == .maintenance ? maintenanceEnd : incidentEnd
        guard let cancellation else { return natural }
        return min(natural ?? cancellation.at, cancellation.at)
    }

    /// The stretches within `from..<to` in which the notice imposed (or will impose) its
    /// components' statuses, clipped to the range, in order: for a status history (uptime).
    public func imposedWindows(from: Instant, to: Instant) -> [NoticeWindow] {
        let stop = min(cancellation?.at ?? to, to)
        guard from < stop else { return [] }
        switch kind {
        case .maintenance:
            return schedule.windows(from: from, to: stop).compactMap { cutShort($0).clipped(from: from, to: stop) }
        case .incident:
            // The incident imposes while investigating or identified: split its life at every update.
            var windows: [NoticeWindow] = []
            let end = min(incidentEnd ?? stop, stop)
            var segmentStart = schedule.starts
            var imposing = true
            for update in updates where update.at < end {
                if imposing != update.status.imposesIncidentStatuses {
                    if imposing, let window = NoticeWindow(starts: segmentStart, ends: update.at).clipped(from: from, to: end) {
                        windows.append(window)
                    }
                    segmentStart = update.at
                    imposing.toggle()
                }
            }
            if imposing, let window = NoticeWindow(starts: segmentStart, ends: end).clipped(from: from, to: end) {
                windows.append(window)
            }
            return windows
        }
    }

    /// Whether the notice holds its components at their statuses at `instant`.
    func isImposing(at instant: Instant) -> Bool {
        guard let window = windowInForce(at: instant) else { return false }
        switch kind {
        case .maintenance: return true
        case .incident: return window.contains(instant) && status(at: instant).imposesIncidentStatuses
        }
    }

    /// A maintenance window ended at the first `completed` update posted during it.
    private func cutShort(_ window: NoticeWindow) -> NoticeWindow {
        guard let early = updates.first(where: { $0.status == .completed && window.contains($0.at) }) else { return window }
        return NoticeWindow(starts: window.starts, ends: early.at)
    }

    /// When maintenance is over: the end of its last window, cut short when completed early; nil
    /// when the windows never stop.
    private var maintenanceEnd: Instant? {
        schedule.lastWindow.map(cutShort)?.ends
    }

    /// When an incident is over: its first `resolved` update or its scheduled end, whichever
    /// is sooner; nil while it has neither.
    var incidentEnd: Instant? {
        let resolved = updates.first { $0.status == .resolved }?.at
        switch (resolved, schedule.end) {
        case (let resolved?, let end?): return min(resolved, end)
        case (let resolved?, nil): return resolved
        case (nil, let end): return end
        }
    }
}
