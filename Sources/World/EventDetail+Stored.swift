import Portal

extension EventDetail {
    /// The detail whose stored form (`description`) is `text`; nil when no detail writes it.
    ///
    /// A world keeps details as text; an event read back gets its detail as a value again, so
    /// that an event is plain data wherever it comes from and everything that reads details
    /// (`value(_:)`, `description`) works on the log as on a running simulation. Details whose
    /// text is the same (`failures=5`: a failure count, or a count cleared while unlocked) read
    /// back as either; the text, all that is kept, is the same.
    init?(stored text: String) {
        var keys: [Substring] = []
        var values: [Substring: Substring] = [:]
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, values.updateValue(parts[1], forKey: parts[0]) == nil else { return nil }
            keys.append(parts[0])
        }
        func int(_ key: Substring) -> Int? { values[key].flatMap { Int($0) } }
        func id(_ key: Substring) -> Int64? { values[key].flatMap { Int64($0) } }
        func instant(_ key: Substring) -> Instant? { id(key).map(Instant.init(millisecondsSince1970:)) }
        func flag(_ key: Substring) -> Bool { values[key] == "1" }
        func named<T: RawRepresentable<String>>(_ key: Substring) -> T? { values[key].flatMap { T(rawValue: String($0)) } }
        func typed(_ key: Substring) -> LoggedText? { values[key].map(LoggedText.init(prefixOf:)) }
        func kind(application: Int64?) -> EventDetail? {
            if let kind: ApplicationKind = named("kind") { return .application(id: application, kind: kind) }
            if let application, let kind: DocumentKind = named("kind") { return .document(application: application, id: nil, kind: kind) }
            return typed("kind").map { .unknownKind(application: application, kind: $0) }
        }

        let detail: EventDetail? = switch keys.joined(separator: " ") {
        case "identifier": typed("identifier").map(EventDetail.identifier)
        case "failures", "failures reset": int("failures").map { .failures($0, reset: flag("reset")) }
        case "failures locked": int("failures").map { .cleared(failures: $0, wasLocked: true) }
        case "until failures lockouts", "failures lockouts":
            int("failures").flatMap { failures in
                int("lockouts").map { .lock(until: instant("until"), failures: failures, lockouts: $0) }
            }
        case "until failures": instant("until").flatMap { until in int("failures").map { .sourceBlock(until: until, failures: $0) } }
        case "session": id("session").map(EventDetail.session)
        case "resend": int("resend").map(EventDetail.resend)
        case "expected": values["expected"].flatMap { DeviceLabel(String($0)) }.map(EventDetail.expectedDevice)
        case "token": id("token").map(EventDetail.token)
        case "kind verification":
            (named("kind") as AccountKind?).flatMap { kind in named("verification").map { .account(kind, $0) } }
        case "from by": instant("from").flatMap { from in values["by"].flatMap { TimeSpan(parsing: String($0)) }.map { .clock(from: from, by: $0) } }
        case "kind": kind(application: nil)
        case "application kind": id("application").flatMap { kind(application: $0) }
        case "application from to by", "application from to by document":
            id("application").flatMap { application -> EventDetail? in
                guard let from: ApplicationState = named("from"), let to: ApplicationState = named("to"),
                      let by: ApplicationActor = named("by") else { return nil }
                return .transition(application: application, from: from, to: to, by: by, document: named("document"))
            }
        case "application document kind":
            id("application").flatMap { application in
                (named("kind") as DocumentKind?).map { .document(application: application, id: id("document"), kind: $0) }
            }
        case "application office at", "application appointment office at":
            id("application").flatMap { application -> EventDetail? in
                guard let office: Office = named("office"), let at = instant("at") else { return nil }
                return .appointment(application: application, id: id("appointment"), office: office, at: at)
            }
        case "attack": int("attack").map(EventDetail.attack)
        case "channel category":
            (named("channel") as ContactChannel?).flatMap { channel in named("category").map { .ticket(channel: channel, category: $0) } }
        default: nil
        }
        // Only an exact round trip: a value read differently (`007`, a cut identifier) would
        // change what the log says.
        guard let detail, detail.description == text else { return nil }
        self = detail
    }
}
