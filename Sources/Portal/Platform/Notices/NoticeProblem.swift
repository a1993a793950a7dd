/// Why the notice rules refuse a notice, an update or a cancellation.
///
/// The first group is input no notice could have (`Notice.check`): an empty title in one
/// language, an end before the start, an unknown component. The second depends on the notice
/// as it stands (`posting`, `cancelling`): a cancelled or finished notice, a status of the other
/// kind, maintenance asked to be where the clock says it is not.
public enum NoticeProblem: Hashable, Sendable, CustomStringConvertible {
    /// A title, body or message has no text in `language` (both are required).
    case missingLanguage(NoticeText, Language)
    /// A text longer than its limit.
    case textTooLong(NoticeText, Language, maximum: Int)
    /// A title with a line break (a title is one line).
    case lineBreakInTitle(Language)
    /// No component named.
    case noComponents
    /// A component name the portal does not have.
    case unknownComponent(String)
    /// A status word that is not a component status.
    case unknownComponentStatus(String, component: Component)
    /// A component named twice.
    case duplicateComponent(Component)
    /// An incident's component without a status (an incident must say how bad it is).
    case componentStatusRequired(Component)
    /// A status this kind of notice may not impose (`operational`; `under-maintenance` for an incident).
    case componentStatusNotAllowed(Component, ComponentStatus, kind: NoticeKind)
    /// The end is not after the start.
    case endNotAfterStart(starts: Instant, ends: Instant)
    /// A window longer than `maximum`.
    case windowTooLong(TimeSpan, maximum: TimeSpan)
    /// Maintenance with no end.
    case openEndedMaintenance
    /// An incident that starts after it is published (planned work is maintenance).
    case incidentInFuture(starts: Instant, now: Instant)
    /// Maintenance whose every window had ended when it was published.
    case alreadyOver(ended: Instant, now: Instant)
    /// A `--recur` text that is not a rule; `why` says what was expected.
    case malformedRecurrence(String, why: String)
    /// A recurring incident (only maintenance recurs).
    case recurringIncident
    /// A recurrence with no end to its windows (it needs a length).
    case recurrenceWithoutLength
    /// A window count outside 1...`Recurrence.maximumCount`.
    case countOutOfRange(Int)
    /// A recurrence whose `until` leaves no window; `first` is when the first would have started.
    case recurrenceNeverOccurs(first: Instant, until: Instant)
    /// Windows as long as, or longer than, the time between two of them.
    case windowsOverlapEachOther(length: TimeSpan, gapInDays: Int)
    /// An update or cancellation of a cancelled notice.
    case cancelled(Int64, at: Instant)
    /// An update or cancellation of a notice that is completed or resolved.
    case finished(Int64, NoticeStatus)
    /// An update with a status of the other kind (or `cancelled`, which `cancelling` sets).
    case statusNotForKind(NoticeStatus, kind: NoticeKind)
    /// A maintenance update that contradicts the clock: it may repeat the status the clock gives,
    /// or complete a window in progress early. `next` is when the clock moves it next.
    case maintenanceFollowsClock(Int64, current: NoticeStatus, asked: NoticeStatus, next: Instant?)
    /// An update earlier than the notice's publication or newest update.
    case updateOutOfOrder(Int64, at: Instant, latest: Instant)
    /// A cancellation without a reason, or one too long.
    case reasonRequired

    /// In words, with times in UTC; `describe(in:)` gives them in a zone.
    public var description: String { describe(in: .utc) }

    /// A lower-case message naming what is wrong and what is expected, times shown in `zone`.
    public func describe(in zone: Zone) -> String {
        func time(_ instant: Instant) -> String { instant.display(in: zone) }
        switch self {
        case .missingLanguage(let text, let language):
            return "the \(text.rawValue) is needed in \(language.name) too: a notice speaks Indonesian and English"
        case .textTooLong(let text, let language, let maximum):
            return "the \(text.rawValue) in \(language.name) is too long: at most \(maximum) characters"
        case .lineBreakInTitle(let language):
            return "the title in \(language.name) has a line break: a title is one line (put more in the body)"
        case .noComponents:
            return "expected components like auth,captcha or sms-gateway:major-outage, found an empty name"
        case .unknownComponent(let name):
            return "unknown component '\(name)' (expected \(Component.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownComponentStatus(let word, let component):
            return "unknown status '\(word)' for \(component.rawValue) (expected "
                + ComponentStatus.allCases.filter { $0 != .operational }.map(\.rawValue).joined(separator: ", ") + ")"
        case .duplicateComponent(let component):
            return "\(component.rawValue) is named twice"
        case .componentStatusRequired(let component):
            return "an incident must say how bad it is for each component, like \(component.rawValue):major-outage "
                + "(degraded, partial-outage or major-outage)"
        case .componentStatusNotAllowed(let component, let status, let kind):
            return "\(kind.rawValue) cannot put \(component.rawValue) at \(status.rawValue) (expected "
                + kind.componentStatuses.map(\.rawValue).joined(separator: ", ") + ")"
        case .endNotAfterStart(let starts, let ends):
            return "the end \(time(ends)) is not after the start \(time(starts))"
        case .windowTooLong(let length, let maximum):
            return "a window of \(length) is too long: at most \(maximum)"
        case .openEndedMaintenance:
            return "maintenance needs an end: give --for DURATION or --ends TIME (only an incident may be open-ended)"
        case .incidentInFuture(let starts, let now):
            return "an incident starts when it happens: \(time(starts)) is after now (\(time(now))); announce planned work as maintenance"
        case .alreadyOver(let ended, let now):
            return "the maintenance ended at \(time(ended)), before now (\(time(now))): nobody needs telling"
        case .malformedRecurrence(let text, let why):
            return "'\(text)' is not a recurrence: \(why)"
        case .recurringIncident:
            return "only maintenance recurs: an incident happens once"
        case .recurrenceWithoutLength:
            return "a recurring window needs a length: give --for DURATION"
        case .countOutOfRange(let count):
            return "expected a number of windows from 1 to \(Recurrence.maximumCount), found \(count)"
        case .recurrenceNeverOccurs(let first, let until):
            return "the recurrence never occurs: no window starts by \(time(until)) (the first would start at \(time(first)))"
        case .windowsOverlapEachOther(let length, let gap):
            return "a window of \(length) does not end before the next begins (\(gap)d apart at the closest)"
        case .cancelled(let id, let at):
            return "notice #\(id) was cancelled at \(time(at)): a cancelled notice takes no updates and stays cancelled (publish a new one)"
        case .finished(let id, let status):
            return "notice #\(id) is \(status.rawValue): a finished notice takes no updates and cannot be cancelled (publish a new one)"
        case .statusNotForKind(let status, let kind):
            if status == .cancelled { return "to cancel a notice use 'apoa notice cancel ID --reason TEXT'" }
            return "a \(kind.rawValue) notice is never \(status.rawValue) (expected "
                + kind.lifecycle.map(\.rawValue).joined(separator: ", ") + ")"
        case .maintenanceFollowsClock(let id, let current, let asked, let next):
            let when = next.map { " (the clock moves it on at \(time($0)))" } ?? ""
            let allowed = current == .inProgress ? "in-progress, or completed to end the window early" : current.rawValue
            return "maintenance #\(id) is \(current.rawValue)\(when): the clock moves maintenance, so an update may say "
                + "\(allowed), not \(asked.rawValue)"
        case .updateOutOfOrder(let id, let at, let latest):
            return "an update to notice #\(id) at \(time(at)) would come before its latest, at \(time(latest))"
        case .reasonRequired:
            return "a cancellation needs a reason of 1 to \(Notice.reasonLimit) characters"
        }
    }
}

/// The texts of a notice, as messages name them.
public enum NoticeText: String, Hashable, Sendable {
    /// The one-line headline.
    case title
    /// The longer text under it.
    case body
    /// An update's message.
    case message
}

extension Language {
    /// The language's English name: `Indonesian`, `English`.
    public var name: String {
        self == .indonesian ? "Indonesian" : "English"
    }
}
