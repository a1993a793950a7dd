/// The extras of an event, kept as values and written as `key=value` words only when stored.
///
/// An enum rather than a string because the simulator makes millions of events a second and
/// most are never written (`--record summary`): formatting text for each would cost more than
/// the rule that made the event.
public enum EventDetail: Equatable, Sendable, CustomStringConvertible {
    /// The username or e-mail as typed, for an account that does not exist (made loggable by
    /// `LoginFlow.loggable`).
    case identifier(LoggedText)
    /// The account's failure count after this failure; `reset` when quiet time cleared an older count first.
    case failures(Int, reset: Bool)
    /// A lock: until when (nil when permanent), and the counts that caused it.
    case lock(until: Instant?, failures: Int, lockouts: Int)
    /// A lock or count cleared other than by a login: the failures that still counted, and whether it was locked.
    case cleared(failures: Int, wasLocked: Bool)
    /// An address turned away until the instant given, after this many failures.
    case sourceBlock(until: Instant, failures: Int)
    /// The session an event belongs to.
    case session(Int64)
    /// The number of this resend of a one-time code.
    case resend(Int)
    /// A code typed on a device other than this one, which asked for it.
    case expectedDevice(DeviceLabel)
    /// The reset token used.
    case token(Int64)
    /// A new account's kind and verification.
    case account(AccountKind, Verification)
    /// The clock moved from an instant by a span.
    case clock(from: Instant, by: TimeSpan)
    /// An application of a kind (`id` nil when it was refused before it existed).
    case application(id: Int64?, kind: ApplicationKind)
    /// An application's move (or a refused one), and the document it concerns.
    case transition(application: Int64, from: ApplicationState, to: ApplicationState, by: ApplicationActor,
                    document: DocumentKind?)
    /// A document of an application (`id` nil when the upload was refused).
    case document(application: Int64, id: Int64?, kind: DocumentKind)
    /// An appointment of an application (`id` nil when the booking was refused).
    case appointment(application: Int64, id: Int64?, office: Office, at: Instant)
    /// An application kind the portal does not have, as typed (made loggable), and the
    /// application a document of that kind was for (nil when asking for an application).
    case unknownKind(application: Int64?, kind: LoggedText)
    /// A phishing visit: the scenario's attack it belongs to (-1 for a cast member's scripted one).
    case attack(Int)
    /// A ticket opened: how the person got in touch and what it is about.
    case ticket(channel: ContactChannel, category: TicketCategory)

    /// The stored form: `key=value` words (`until=1796… failures=5 lockouts=1`); instants in
    /// milliseconds since 1970 UTC.
    public var description: String {
        switch self {
        case .identifier(let text): "identifier=\(text)"
        case .failures(let count, let reset): "failures=\(count)" + (reset ? " reset=1" : "")
        case .lock(let until, let failures, let lockouts):
            (until.map { "until=\($0.millisecondsSince1970) " } ?? "") + "failures=\(failures) lockouts=\(lockouts)"
        case .cleared(let failures, let wasLocked): "failures=\(failures)" + (wasLocked ? " locked=1" : "")
        case .sourceBlock(let until, let failures): "until=\(until.millisecondsSince1970) failures=\(failures)"
        case .session(let id): "session=\(id)"
        case .resend(let count): "resend=\(count)"
        case .expectedDevice(let device): "expected=\(device)"
        case .token(let id): "token=\(id)"
        case .account(let kind, let verification): "kind=\(kind.rawValue) verification=\(verification.rawValue)"
        case .clock(let from, let by): "from=\(from.millisecondsSince1970) by=\(by)"
        case .application(let id, let kind): (id.map { "application=\($0) " } ?? "") + "kind=\(kind.rawValue)"
        case .transition(let application, let from, let to, let by, let document):
            "application=\(application) from=\(from.rawValue) to=\(to.rawValue) by=\(by.rawValue)"
                + (document.map { " document=\($0.rawValue)" } ?? "")
        case .document(let application, let id, let kind):
            "application=\(application) " + (id.map { "document=\($0) " } ?? "") + "kind=\(kind.rawValue)"
        case .appointment(let application, let id, let office, let at):
            "application=\(application) " + (id.map { "appointment=\($0) " } ?? "")
                + "office=\(office.rawValue) at=\(at.millisecondsSince1970)"
        case .unknownKind, .attack, .ticket: freeText
        }
    }

    /// The text of a detail that was once kept as free text.
    private var freeText: String {
        var text = ""
        writeFreeText(to: &text)
        return text
    }

    /// Writes the text of a detail that was once kept as free text (`.unknownKind`, `.attack`,
    /// `.ticket`) into `target` piece by piece, and returns true; false, writing nothing, for
    /// any other. Its `description` is this text; the simulator's digest hashes the pieces
    /// without making the text (making it cost 1,570 instructions per ticket or phishing visit).
    @discardableResult
    public func writeFreeText<Target: TextOutputStream>(to target: inout Target) -> Bool {
        switch self {
        case .unknownKind(let application, let kind):
            if let application {
                target.write("application=")
                target.write(String(application))
                target.write(" ")
            }
            target.write("kind=")
            target.write(kind.description)
        case .attack(let attack):
            target.write("attack=")
            target.write(String(attack))
        case .ticket(let channel, let category):
            target.write("channel=")
            target.write(channel.rawValue)
            target.write(" category=")
            target.write(category.rawValue)
        default:
            return false
        }
        return true
    }

    /// The value of one `key=value` word, however the detail was made.
    public func value(_ key: String) -> String? {
        for word in description.split(separator: " ") {
            let parts = word.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == key { return String(parts[1]) }
        }
        return nil
    }
}
