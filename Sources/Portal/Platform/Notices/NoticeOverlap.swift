/// Two maintenance notices that take one component down at the same time.
///
/// Flagged when a notice is published, as a warning and not a refusal: overlapping work on a
/// component is sometimes planned (two teams, one window), and the desk should decide, knowing.
public struct NoticeOverlap: Hashable, Sendable {
    /// The other notice.
    public let other: Int64
    /// The components both take down.
    public let components: [Component]
    /// The first window of this notice that overlaps one of the other's.
    public let window: NoticeWindow
    /// That window of the other notice.
    public let otherWindow: NoticeWindow

    /// An overlap with notice `other` on `components`, first met at `window` and `otherWindow`.
    public init(other: Int64, components: [Component], window: NoticeWindow, otherWindow: NoticeWindow) {
        self.other = other
        self.components = components
        self.window = window
        self.otherWindow = otherWindow
    }
}

extension Notice {
    /// How far ahead overlaps are looked for: a year and a day covers every weekday, every day of
    /// the month and both daylight-saving changes of a recurrence.
    public static let overlapHorizon = TimeSpan.days(366)

    /// The maintenance notices among `others` that share a component with this one and a window
    /// in force from `now` until `overlapHorizon` later, with the first such pair of windows each.
    /// Empty for an incident; notices cancelled or finished by `now` are left out.
    public func overlaps(with others: [Notice], from now: Instant) -> [NoticeOverlap] {
        guard kind == .maintenance, !status(at: now).isFinal else { return [] }
        let horizon = now + Self.overlapHorizon
        let mine = windowsInForce(from: now, to: horizon)
        var found: [NoticeOverlap] = []
        for other in others where other.id != id && other.kind == .maintenance && !other.status(at: now).isFinal {
            let shared = components.map(\.component).filter { component in other.components.contains { $0.component == component } }
            guard !shared.isEmpty else { continue }
            if let (window, otherWindow) = Self.firstOverlap(mine, other.windowsInForce(from: now, to: horizon)) {
                found.append(NoticeOverlap(other: other.id, components: shared, window: window, otherWindow: otherWindow))
            }
        }
        return found
    }

    /// The windows (cut short where completed early) that overlap `from..<to`, before any cancellation.
    private func windowsInForce(from: Instant, to: Instant) -> [NoticeWindow] {
        schedule.windows(from: from, to: min(to, cancellation?.at ?? to)).map { window in
            windowInForce(at: window.starts) ?? window
        }
    }

    /// The first pair of overlapping windows of two ordered lists, walking both at once.
    private static func firstOverlap(_ a: [NoticeWindow], _ b: [NoticeWindow]) -> (NoticeWindow, NoticeWindow)? {
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i].overlaps(b[j]) { return (a[i], b[j]) }
            // Move past whichever ends first; it cannot overlap anything later in the other list.
            if (a[i].ends ?? .endOfTime) <= (b[j].ends ?? .endOfTime) { i += 1 } else { j += 1 }
        }
        return nil
    }
}

extension Instant {
    /// Later than any instant a world reaches, for comparing with an open end.
    static let endOfTime = Instant(millisecondsSince1970: .max)
}
