import Portal

/// Applications already under way when the run starts, so that even a one-day run shows every
/// state: a share of the verified population has one, its history drawn from the person's
/// "application" stream and dated before the start.
///
/// They are initial rows, not events: the event log starts at the run's start (its order by
/// sequence is its order in time), so what happened before is only in the tables —
/// applications, documents, appointments and notifications. What happens to them from the
/// start on (an officer's review or decision, an appointment kept or missed, the person's
/// next login) goes through the rules and the event log like everything else.
extension Partition {
    /// The share of people with an application at the start.
    static let startingApplicationShare = 0.03

    /// Gives the chosen people of the partition their application. Whether a person is chosen
    /// is one mix of their number (no stream per person: at ten million people that would be
    /// a noticeable part of the set-up).
    func seedApplications() {
        var salting = plan.streams.applications.stream(UInt64.max)
        ledger.salt = salting.next()
        let threshold = UInt64(Self.startingApplicationShare * 18_446_744_073_709_551_616.0)
        for local in 0..<people.count {
            let global = person(UInt32(local))
            guard global < plan.users, SplitMix64.mix(ledger.salt ^ UInt64(global)) < threshold else { continue }
            seedApplication(UInt32(local), global: global)
        }
    }

    private func seedApplication(_ local: UInt32, global: Int) {
        var traitsRandom = plan.streams.person.stream(UInt64(global))
        let (isForeigner, facts) = PersonTraits.drawFacts(&traitsRandom, spec: plan.scenario.population)
        guard facts.verification == .verified else { return }
        var random = plan.streams.applications.stream(UInt64(global))
        let start = plan.scenario.start.millisecondsSince1970
        let kind = Self.pickKind(isForeigner: isForeigner, random: &random)
        let draw = random.nextUnitDouble()
        let state: ApplicationState = draw < 0.18 ? .draft : draw < 0.36 ? .submitted : draw < 0.62 ? .underReview
            : draw < 0.78 ? .needsAction : draw < 0.88 ? .approved : draw < 0.94 ? .rejected : .withdrawn
        // Opened hours to weeks ago; submitted early on, reviewed later, decided later still.
        let created = start - 3_600_000 - Int64(min(random.exponential(mean: 6 * 86_400_000), 60 * 86_400_000))
        let span = start - created
        let submitted = created + span / 10
        let reviewed = created + span * 3 / 10
        let decided = created + span * 7 / 10
        let id = ApplicationFile.applicationID(person: global, number: 1)
        let account = SimulationPlan.accountID(global)
        var file = ApplicationFile(application: Application(id: id, account: account, kind: kind, state: .draft,
                                                            stateSince: Instant(millisecondsSince1970: created),
                                                            createdAt: Instant(millisecondsSince1970: created)))
        // Documents: every required one passed once submitted; a draft has the first few.
        let required = kind.requiredDocuments
        let uploaded = state == .draft ? Int(random.next(below: UInt64(required.count))) : required.count
        for (number, document) in required.prefix(uploaded).enumerated() {
            let at = created + (submitted - created) * Int64(number + 1) / Int64(required.count + 1)
            if random.chance(0.15) {
                // A first try that failed its check, then the right file.
                addStartingDocument(&file, local, kind: document, at: at - 60_000, failing: true, random: &random)
            }
            addStartingDocument(&file, local, kind: document, at: at, failing: false, random: &random)
        }
        var since = created
        var submittedAt: Int64?
        var action: [ActionItem] = []
        if state != .draft, !(state == .withdrawn && random.chance(0.5)) { submittedAt = submitted; since = submitted }
        switch state {
        case .draft, .submitted: break
        case .underReview: since = reviewed
        case .approved, .rejected, .withdrawn: since = decided
        case .needsAction:
            since = decided
            let document = required[Int(random.next(below: UInt64(required.count)))]
            if kind.appointment != nil, random.chance(0.3) {
                addStartingAppointment(&file, local, slot: reviewed + (decided - reviewed) / 2, bookedAt: submitted, missed: true)
                action = [ActionItem(document: nil, reason: .appointmentMissed, since: Instant(millisecondsSince1970: decided))]
            } else if random.chance(0.5) {
                let failed = addStartingDocument(&file, local, kind: document, at: decided, failing: true, random: &random)
                action = [ActionItem(document: document, reason: failed, since: Instant(millisecondsSince1970: decided))]
            } else {
                action = [ActionItem(document: document, reason: .documentsRequested, since: Instant(millisecondsSince1970: decided))]
            }
        }
        file.application = Application(id: id, account: account, kind: kind, state: state, stateSince: Instant(millisecondsSince1970: since),
                                       createdAt: Instant(millisecondsSince1970: created),
                                       submittedAt: submittedAt.map(Instant.init(millisecondsSince1970:)), actionNeeded: action)
        if kind.appointment != nil {
            switch state {
            case .approved, .rejected:
                addStartingAppointment(&file, local, slot: reviewed + (decided - reviewed) / 2, bookedAt: submitted, missed: false)
            case .submitted, .underReview:
                if random.chance(0.7) { bookStartingAppointment(&file, local, bookedAt: since, random: &random) }
            default:
                break
            }
        }
        if state != .draft {
            let readAt = since + Int64(random.exponential(mean: 6 * 3_600_000))
            appendNotification(local, &file, at: since, topic: state == .needsAction ? .actionNeeded : .statusChanged,
                               appointment: -1, readAt: readAt < start ? readAt : .min)
        }
        // What the office does next, from the start on.
        let soon = start + 60_000 + Int64(random.exponential(mean: 3 * 3_600_000))
        if state == .submitted {
            file.token &+= 1
            let usual = Double(kind.usualProcessing.milliseconds)
            let due = since + Int64(random.exponential(mean: usual * 0.15))
            queue.schedule(at: max(soon, due), subject: local, action: .officerStep, argument: file.token)
        } else if state == .underReview {
            var decision = file
            scheduleDecisionAtStart(&decision, local, since: since, soon: soon, random: &random)
            file = decision
        }
        ledger.files[local] = file
    }

    private func scheduleDecisionAtStart(_ file: inout ApplicationFile, _ local: UInt32, since: Int64, soon: Int64,
                                         random: inout RandomStream) {
        file.token &+= 1
        let usual = Double(file.application.kind.usualProcessing.milliseconds)
        var delay = usual * (0.3 + random.exponential(mean: 0.45))
        if random.chance(Self.stuckShare) { delay += usual * (1 + random.exponential(mean: 1)) }
        queue.schedule(at: max(soon, since + Int64(delay)), subject: local, action: .officerStep, argument: file.token)
    }

    /// A document uploaded before the start, passed or failing one check; returns its result.
    @discardableResult
    private func addStartingDocument(_ file: inout ApplicationFile, _ local: UInt32, kind: DocumentKind, at: Int64,
                                     failing: Bool, random: inout RandomStream) -> ReasonCode {
        var upload = DocumentUpload(kind: kind, format: kind.formats[0], sizeKB: 200 + Int(random.next(below: 800)),
                                    expires: kind.hasExpiry ? Instant(millisecondsSince1970: at) + .days(3 * 365) : nil)
        if failing {
            switch random.next(below: 3) {
            case 0: upload.sizeKB = kind.maximumKB + 500
            case 1: upload.isReadable = false
            default:
                if kind.hasExpiry {
                    upload.expires = Instant(millisecondsSince1970: at) + .days(30)
                } else {
                    upload.isReadable = false
                }
            }
        }
        let at = Instant(millisecondsSince1970: at)
        let result = upload.check(at: at)
        file.documentsMade &+= 1
        let document = StoredDocument(id: ApplicationFile.documentID(person: person(local), number: file.documentsMade),
                                      application: file.application.id, upload: upload, uploadedAt: at, result: result)
        ledger.documents.append(DocumentRecord(document, local: local, number: file.documentsMade,
                                               applicationNumber: file.applicationsMade))
        if result == .ok { file.passed |= 1 << kind.number }
        return result
    }

    /// An appointment that took place (or was missed) before the start.
    private func addStartingAppointment(_ file: inout ApplicationFile, _ local: UInt32, slot: Int64, bookedAt: Int64,
                                        missed: Bool) {
        guard let purpose = file.application.kind.appointment else { return }
        file.appointmentsMade &+= 1
        let appointment = Appointment(
            id: ApplicationFile.appointmentID(person: person(local), number: file.appointmentsMade),
            application: file.application.id, office: homeOffice(person(local)), purpose: purpose,
            at: Instant(millisecondsSince1970: slot), status: missed ? .missed : .attended)
        ledger.appointments.append(BookedAppointment(appointment: appointment, local: local, bookedAt: bookedAt))
        file.appointment = Int32(ledger.appointments.count - 1)
    }

    /// A visit booked before the start for the run's first days (within the partition's share).
    private func bookStartingAppointment(_ file: inout ApplicationFile, _ local: UInt32, bookedAt: Int64,
                                         random: inout RandomStream) {
        guard let purpose = file.application.kind.appointment else { return }
        let office = homeOffice(person(local))
        let start = plan.scenario.start.millisecondsSince1970
        let firstDay = localDay(start)
        for ahead in Int64(0)..<3 {
            let day = firstDay + ahead + Int64(random.next(below: 2))
            let slot = slotTime(day: day, slot: Int(random.next(below: 24)))
            let key = ApplicationLedger.officeDayKey(office, day: day)
            let taken = Int(ledger.officeDays[key] ?? 0)
            guard slot > start, taken < capacityShare(office, day: day) else { continue }
            ledger.officeDays[key] = UInt16(taken + 1)
            file.appointmentsMade &+= 1
            let appointment = Appointment(
                id: ApplicationFile.appointmentID(person: person(local), number: file.appointmentsMade),
                application: file.application.id, office: office, purpose: purpose, at: Instant(millisecondsSince1970: slot))
            ledger.appointments.append(BookedAppointment(appointment: appointment, local: local, bookedAt: bookedAt))
            file.appointment = Int32(ledger.appointments.count - 1)
            appendNotification(local, &file, at: bookedAt, topic: .appointmentBooked, appointment: file.appointment,
                               readAt: bookedAt + 60_000)
            scheduleVisit(slot, local, from: start)
            return
        }
    }
}
