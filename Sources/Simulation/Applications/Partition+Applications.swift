import Portal

/// What people do with their applications once logged in, through the portal's own
/// `ApplicationRules`: open one, upload what it needs, submit, book the office visit, read
/// what the office said, fix what it asks for, now and then withdraw.
///
/// A sitting is a chain of `applicationTask` items a little apart, one step each (an upload,
/// a submission, a booking), so every event carries the time it happened. Only people who
/// have an application, or the few who start one, ever get here: the login path pays one
/// table look-up and one draw.
extension Partition {
    /// The chance a logged-in person without an application starts one.
    static let newApplicationChance = 0.03
    /// At most this many steps in one sitting.
    static let stepsPerSitting = 12

    /// What a step leaves the person to do.
    enum NextStep {
        /// Nothing more this sitting.
        case done
        /// Another step in a minute or so.
        case again
        /// `applications` or `documents` was down: try again later, or call.
        case outage
        /// Call the desk about it.
        case contact(Situation)
        /// Start a new application (the current one is closed).
        case startNew
    }

    /// One step of a person's sitting with their application (`step` 0 when they just logged in).
    func applicationTask(_ local: UInt32, step: Int, at: Int64) {
        var random = decisionStream(local, at, Purpose.application.rawValue)
        recorder.actor = .owner
        // Worked on in place: copying the file out and back cost a copy, a second look-up and
        // the reference counting of its application's arrays. Nothing in `work` reads or
        // changes `ledger.files`, which would move the file under it.
        let worked = ledger.files.modify(local) { file -> (next: NextStep, refusals: UInt8) in
            if step == 0, file.unread > 0 { readNotifications(&file, at: at) }
            let before = file.application.state
            let next = work(on: &file, local, step: step, at: at, random: &random)
            if file.application.state == .submitted, before != .submitted {
                scheduleReview(&file, local, from: at, random: &random)
            }
            guard case .outage = next else {
                file.outageRefusals = 0
                return (next, 0)
            }
            let refusals = file.outageRefusals &+ 1
            // The third refusal in a row: counted again from none (some call, below).
            file.outageRefusals = refusals > 2 ? 0 : refusals
            return (next, refusals)
        }
        guard let (next, refusals) = worked else {
            let kind = Self.pickKind(isForeigner: isForeigner(local), random: &random)
            let next = open(kind, for: local, at: at, actor: .owner, random: &random)
            if case .outage = next, step >= 2 {
                // The third refusal: some call.
                considerContact(local, at: at, situation: .applicationTrouble, language: facts(local).language, random: &random)
                return
            }
            follow(next, local, step: step, at: at, random: &random)
            return
        }
        if case .outage = next, refusals > 2 {
            considerContact(local, at: at, situation: .applicationTrouble, language: facts(local).language, random: &random)
            return
        }
        if case .startNew = next {
            let kind = Self.pickKind(isForeigner: isForeigner(local), random: &random)
            follow(open(kind, for: local, at: at, actor: .owner, random: &random), local, step: step, at: at, random: &random)
            return
        }
        follow(next, local, step: step, at: at, random: &random)
    }

    private func follow(_ next: NextStep, _ local: UInt32, step: Int, at: Int64, random: inout RandomStream) {
        guard step + 1 < Self.stepsPerSitting else { return }
        switch next {
        case .done:
            break
        case .again:
            queue.schedule(at: at + Int64(15_000 + random.exponential(mean: 50_000)), subject: local, action: .applicationTask,
                           argument: UInt16(step + 1))
        case .outage:
            // The page said to try again later: some do, in a quarter of an hour or so.
            queue.schedule(at: at + Int64(5 * 60_000 + random.exponential(mean: 20 * 60_000)), subject: local,
                           action: .applicationTask, argument: UInt16(step + 1))
        case .contact(let situation):
            considerContact(local, at: at, situation: situation, language: facts(local).language, random: &random)
        case .startNew:
            // Handled by the caller, which opens the new application.
            break
        }
    }

    private func work(on file: inout ApplicationFile, _ local: UInt32, step: Int, at: Int64, random: inout RandomStream)
        -> NextStep {
        switch file.application.state {
        case .draft:
            if step == 0, random.chance(0.02) { return withdraw(&file, local, at: at) }
            if let missing = file.missingDocument { return upload(missing, to: &file, local, at: at, random: &random) }
            return submit(&file, local, at: at, random: &random)
        case .needsAction:
            guard let item = file.application.actionNeeded.first else { return .done }
            if let document = item.document { return upload(document, to: &file, local, at: at, random: &random) }
            return book(&file, local, at: at, random: &random)
        case .submitted, .underReview:
            if file.application.kind.appointment != nil, !hasBooking(file) { return book(&file, local, at: at, random: &random) }
            guard step == 0 else { return .done }
            if random.chance(0.01) { return withdraw(&file, local, at: at) }
            let visit = file.appointment >= 0 ? ledger.appointments[Int(file.appointment)].appointment.status : nil
            if file.application.isStuck(at: Instant(millisecondsSince1970: at), visit: visit), random.chance(0.3) {
                return .contact(.applicationStuck)
            }
            return .done
        case .approved, .rejected, .withdrawn:
            return step == 0 && random.chance(0.1) ? .startNew : .done
        }
    }

    /// Whether a person is a foreigner (the first draw of their stream: no names, no account).
    func isForeigner(_ local: UInt32) -> Bool {
        if let member = castMember(local) { return member.kind == .foreigner }
        var random = plan.streams.person.stream(UInt64(person(local)))
        return PersonTraits.drawFacts(&random, spec: plan.scenario.population).isForeigner
    }

    /// What a person applies for: citizens a passport; foreigners mostly extensions and permits.
    static func pickKind(isForeigner: Bool, random: inout RandomStream) -> ApplicationKind {
        guard isForeigner else { return .passport }
        let draw = random.nextUnitDouble()
        return draw < 0.35 ? .visaExtension : draw < 0.55 ? .kitas : draw < 0.65 ? .kitap : draw < 0.8 ? .reentryPermit : .evoa
    }

    /// Opens a draft of `kind` (a closed application in the file moves to `earlier`).
    func open(_ kind: ApplicationKind, for local: UInt32, at: Int64, actor: Actor, random: inout RandomStream) -> NextStep {
        let applicant = applicant(local)
        let previous = ledger.files[local]
        let number = (previous?.applicationsMade ?? 0) &+ 1
        let conditions = applicationConditions(at: at, random: &random)
        countLoad(.applications)
        recorder.actor = actor
        let result = ApplicationRules().create(
            id: ApplicationFile.applicationID(person: person(local), number: number), for: applicant, kind: kind,
            at: Instant(millisecondsSince1970: at), conditions: conditions, events: &recorder)
        switch result {
        case .success(let application):
            var file = ApplicationFile(application: application)
            if let previous {
                ledger.earlier.append(previous.application)
                file.documentsMade = previous.documentsMade
                file.appointmentsMade = previous.appointmentsMade
                file.lastNotification = previous.lastNotification
                file.unread = previous.unread
                // An officer's step still queued for the old application carries its token: the
                // new one goes on counting, so that step finds itself stale.
                file.token = previous.token
            }
            file.applicationsMade = number
            ledger.files[local] = file
            return .again
        case .failure(let refusal):
            return refusal.reason.isOutage ? .outage : .done
        }
    }

    /// Uploads a document of `kind`: most pass; some are in a wrong format, too large,
    /// unreadable, or show an expired passport — more of them for careless people.
    private func upload(_ kind: DocumentKind, to file: inout ApplicationFile, _ local: UInt32, at: Int64,
                        random: inout RandomStream) -> NextStep {
        let upload = Self.makeUpload(kind, at: at, isCareless: facts(local).profile != .careful, random: &random)
        switch send(upload, to: &file, local, at: at, readAt: at, random: &random) {
        case .success(let document):
            // A failed check: fixed at once by most, later by the rest.
            return document.passed || random.chance(0.6) ? .again : .done
        case .failure(let refusal):
            return refusal.reason.isOutage ? .outage : .done
        }
    }

    /// Sends one upload through the rules and keeps what they stored.
    func send(_ upload: DocumentUpload, to file: inout ApplicationFile, _ local: UInt32, at: Int64, readAt: Int64,
              random: inout RandomStream) -> Result<StoredDocument, ApplicationRules.Refusal> {
        let conditions = applicationConditions(at: at, random: &random)
        countLoad(.documents)
        file.documentsMade &+= 1
        let result = ApplicationRules().upload(
            upload, id: ApplicationFile.documentID(person: person(local), number: file.documentsMade), to: &file.application,
            at: Instant(millisecondsSince1970: at), conditions: conditions, events: &recorder, notifications: &ledger.scratch)
        if case .success(let document) = result {
            ledger.documents.append(DocumentRecord(document, local: local, number: file.documentsMade,
                                                   applicationNumber: file.applicationsMade))
            // The newest upload of a kind is the one that counts, as `ApplicationRules.submit` reads it.
            if document.passed {
                file.passed |= 1 << document.upload.kind.number
            } else {
                file.passed &= ~(1 << document.upload.kind.number)
            }
        }
        keepNotifications(local, &file, readAt: readAt)
        return result
    }

    /// Submits a draft whose documents have passed.
    func submit(_ file: inout ApplicationFile, _ local: UInt32, at: Int64, random: inout RandomStream) -> NextStep {
        let conditions = applicationConditions(at: at, random: &random)
        countLoad(.applications)
        let passed = file.passed
        let outcome = ApplicationRules().submit(
            &file.application, hasPassed: { passed & 1 << $0.number != 0 }, at: Instant(millisecondsSince1970: at),
            conditions: conditions, events: &recorder, notifications: &ledger.scratch)
        keepNotifications(local, &file, readAt: at)
        switch outcome {
        case .done: return .again
        case .refused(let reason): return reason.isOutage ? .outage : .done
        }
    }

    private func withdraw(_ file: inout ApplicationFile, _ local: UInt32, at: Int64) -> NextStep {
        _ = ApplicationRules().move(&file.application, to: .withdrawn, by: .person, reason: .withdrawn,
                                    at: Instant(millisecondsSince1970: at), events: &recorder, notifications: &ledger.scratch)
        // Officers decide only after the visit, so a withdrawal is how a booking is left behind.
        if file.appointment >= 0 { _ = ledger.appointments[Int(file.appointment)].appointment.cancel(ifClosed: file.application) }
        keepNotifications(local, &file, readAt: at)
        return .done
    }

    /// Whether the application has a booking that still counts (booked or attended).
    func hasBooking(_ file: ApplicationFile) -> Bool {
        guard file.appointment >= 0 else { return false }
        let status = ledger.appointments[Int(file.appointment)].appointment.status
        return status == .booked || status == .attended
    }

    /// Marks every notification of the person read (they open the inbox when they log in).
    private func readNotifications(_ file: inout ApplicationFile, at: Int64) {
        var index = file.lastNotification
        while index >= 0, file.unread > 0 {
            if ledger.notifications[Int(index)].readAt == .min {
                ledger.notifications[Int(index)].readAt = at
                file.unread -= 1
            }
            index = ledger.notifications[Int(index)].previous
        }
        file.unread = 0
    }

    /// Keeps the notifications the last rule made (in `ledger.scratch`) as records; those the
    /// person caused are on their screen, so read at `readAt` (`Int64.min`: unread).
    func keepNotifications(_ local: UInt32, _ file: inout ApplicationFile, readAt: Int64) {
        guard !ledger.scratch.isEmpty else { return }
        // Only the topic and time are kept: read in place, since taking each notice out copied
        // it whole and destroyed the copy (9 M of 2,143 M instructions at 100,000 people).
        for index in ledger.scratch.indices {
            let topic = ledger.scratch[index].topic
            let at = ledger.scratch[index].at.millisecondsSince1970
            let isAppointment = topic == .appointmentBooked || topic == .appointmentReminder
            appendNotification(local, &file, at: at, topic: topic, appointment: isAppointment ? file.appointment : -1,
                               readAt: readAt)
        }
        // Emptied from the end, keeping its room: `removeAll(keepingCapacity:)` went through
        // the general `replaceSubrange` (2.6 M of 2,133 M instructions at 100,000 people).
        while !ledger.scratch.isEmpty { ledger.scratch.removeLast() }
    }

    /// Appends a notification about the file's application as it stands now.
    func appendNotification(_ local: UInt32, _ file: inout ApplicationFile, at: Int64, topic: NotificationTopic,
                            appointment: Int32, readAt: Int64) {
        ledger.notifications.append(NotificationRecord(
            local: local, at: at, readAt: readAt, previous: file.lastNotification, topic: topic,
            application: file.application.id, kind: file.application.kind, state: file.application.state,
            action: file.application.actionNeeded.last, appointment: appointment))
        file.lastNotification = Int32(ledger.notifications.count - 1)
        if readAt == .min { file.unread &+= 1 }
    }

    /// What `applications` and `documents` do to this request: each that is down (scripted,
    /// random or maintenance) or overloaded fails it with its share, drawn from the request's stream.
    func applicationConditions(at: Int64, random: inout RandomStream) -> PlatformConditions {
        // Nearly always nothing is down or overloaded: then a look-up per component finds
        // nothing and draws nothing, which the minute's context has already found.
        if context.isApplicationsQuiet, at >= context.start, at < context.end { return PlatformConditions() }
        var conditions = PlatformConditions()
        let instant = Instant(millisecondsSince1970: at)
        for component in Self.applicationComponents {
            let period = plan.timeline.status(of: component, at: instant)
            let share = 1 - (1 - (period?.status.failureShare ?? 0)) * (1 - context.overloadShare[component.index])
            guard share > 0 else { continue }
            if share >= 1 || random.nextUnitDouble() < share {
                conditions.setDown(component, because: period?.status ?? .partialOutage)
            }
        }
        return conditions
    }

    /// The components an application step touches (a static list: no array per request).
    static let applicationComponents: [Component] = [.applications, .documents]

    /// A person's upload of `kind`: the right file most of the time. Each mistake has a few per
    /// cent of chance (two and a half times that for careless profiles).
    static func makeUpload(_ kind: DocumentKind, at: Int64, isCareless: Bool, random: inout RandomStream) -> DocumentUpload {
        let scale = isCareless ? 2.5 : 1
        let formats = kind.formats
        var format = formats[Int(random.next(below: UInt64(formats.count)))]
        // Within the kind's limit: a tenth to seven tenths of it.
        var size = kind.maximumKB / 10 + Int(random.next(below: UInt64(kind.maximumKB * 6 / 10)))
        var expires: Instant? = kind.hasExpiry
            ? Instant(millisecondsSince1970: at) + .days(365 + Int(random.next(below: 6 * 365))) : nil
        var readable = true
        if random.chance(0.03 * scale), let wrong = DocumentFormat.allCases.first(where: { !formats.contains($0) }) {
            format = wrong
        }
        if random.chance(0.03 * scale) { size = kind.maximumKB + 100 + Int(random.next(below: 6_000)) }
        if random.chance(0.025 * scale) { readable = false }
        if kind.hasExpiry, random.chance(0.02 * scale) {
            expires = Instant(millisecondsSince1970: at) + .days(10 + Int(random.next(below: 150)))
        }
        return DocumentUpload(kind: kind, format: format, sizeKB: size, isReadable: readable, expires: expires)
    }
}

extension ReasonCode {
    /// Whether a refusal came from a component that was down (worth trying again later).
    var isOutage: Bool { self == .serviceOutage || self == .maintenance }
}
