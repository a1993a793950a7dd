import Portal

/// The immigration office's side: officers taking up and deciding applications, appointments
/// booked at offices with a daily capacity, kept or missed, and reminded of a day before.
///
/// Capacity without sharing: each person has a home office (drawn from their number), and
/// each office's daily capacity is split among the 64 partitions — `capacity / 64` each, and
/// one more on a given day for `capacity % 64` of them, in turns by day so that no partition
/// is always short. A partition counts its own bookings per office and local day, so whether a
/// booking fits never depends on another partition, and the run stays the same on any number
/// of threads. The rules are told the office has `capacity − (share − booked here)` already.
extension Partition {
    /// The chance an officer's request for a document, rather than a decision, ends a review;
    /// and the share of decisions that reject.
    static let documentsRequestedShare = 0.18
    static let rejectedShare = 0.12
    /// Reviews that take much longer than usual (stuck, for the desk to find).
    static let stuckShare = 0.08

    // MARK: Officers

    /// An officer will take the submitted application up after a while.
    func scheduleReview(_ file: inout ApplicationFile, _ local: UInt32, from: Int64, random: inout RandomStream) {
        file.token &+= 1
        let usual = Double(file.application.kind.usualProcessing.milliseconds)
        let delay = Int64(5 * 60_000 + random.exponential(mean: usual * 0.15))
        queue.schedule(at: from + delay, subject: local, action: .officerStep, argument: file.token)
    }

    /// The review will end, around the kind's usual processing time; a few take far longer.
    func scheduleDecision(_ file: inout ApplicationFile, _ local: UInt32, from: Int64, random: inout RandomStream) {
        file.token &+= 1
        let usual = Double(file.application.kind.usualProcessing.milliseconds)
        var delay = usual * (0.3 + random.exponential(mean: 0.45))
        if random.chance(Self.stuckShare) { delay += usual * (1 + random.exponential(mean: 1)) }
        queue.schedule(at: from + Int64(delay), subject: local, action: .officerStep, argument: file.token)
    }

    /// An officer's step on a person's application: take it up, or decide it.
    func officerStep(_ local: UInt32, token: UInt16, at: Int64) {
        // Worked on in place, as in `applicationTask` (nothing here reads or changes
        // `ledger.files`): copying the file out and back was 8 M of the 30 M instructions of
        // officers' steps at 100,000 people.
        ledger.files.modify(local) { file in officerStep(on: &file, local, token: token, at: at) }
    }

    private func officerStep(on file: inout ApplicationFile, _ local: UInt32, token: UInt16, at: Int64) {
        guard file.token == token else { return }
        var random = decisionStream(local, at, Purpose.officer.rawValue)
        let now = Instant(millisecondsSince1970: at)
        let rules = ApplicationRules()
        switch file.application.state {
        case .submitted:
            _ = rules.move(&file.application, to: .underReview, by: .officer, reason: .reviewStarted, at: now,
                           events: &recorder, notifications: &ledger.scratch)
            keepNotifications(local, &file, readAt: .min)
            scheduleDecision(&file, local, from: at, random: &random)
        case .underReview:
            if file.application.kind.appointment != nil, !hasAttended(file) {
                // No decision before the office visit: look again an hour after it, or in a
                // day while none is booked.
                file.token &+= 1
                let visit = file.appointment >= 0 ? ledger.appointments[Int(file.appointment)].appointment.at.millisecondsSince1970 : 0
                let next = visit > at ? visit + 3_600_000 : at + 86_400_000
                queue.schedule(at: next, subject: local, action: .officerStep, argument: file.token)
                break
            }
            let draw = random.nextUnitDouble()
            if draw < Self.documentsRequestedShare {
                let kinds = file.application.kind.requiredDocuments
                let document = kinds[Int(random.next(below: UInt64(kinds.count)))]
                _ = rules.move(&file.application, to: .needsAction, by: .officer, reason: .documentsRequested,
                               document: document, at: now, events: &recorder, notifications: &ledger.scratch)
            } else if draw < Self.documentsRequestedShare + Self.rejectedShare {
                _ = rules.move(&file.application, to: .rejected, by: .officer, reason: .requirementsNotMet, at: now,
                               events: &recorder, notifications: &ledger.scratch)
            } else {
                _ = rules.move(&file.application, to: .approved, by: .officer, reason: .approved, at: now,
                               events: &recorder, notifications: &ledger.scratch)
            }
            keepNotifications(local, &file, readAt: .min)
        default:
            break
        }
    }

    private func hasAttended(_ file: ApplicationFile) -> Bool {
        file.appointment >= 0 && ledger.appointments[Int(file.appointment)].appointment.status == .attended
    }

    // MARK: Appointments

    /// The office a person goes to: the big Jakarta offices for most, by the person's number.
    func homeOffice(_ global: Int) -> Office {
        switch SplitMix64.mix(ledger.salt ^ UInt64(global) &* 0x9E37_79B9_7F4A_7C15) % 10 {
        case 0, 1, 2: .jakartaSelatan
        case 3, 4: .jakartaPusat
        case 5: .soekarnoHatta
        case 6: .surabaya
        case 7: .denpasar
        case 8: .medan
        default: .makassar
        }
    }

    /// This partition's share of an office's capacity on a local day (days since 1970).
    func capacityShare(_ office: Office, day: Int64) -> Int {
        let capacity = office.dailyCapacity
        let count = SimulationPlan.partitionCount
        let turn = (index + Int(day % Int64(count))) % count
        return capacity / count + (turn < capacity % count ? 1 : 0)
    }

    /// The local day (days since 1970 in the world's zone) of an instant.
    func localDay(_ at: Int64) -> Int64 {
        let offset = plan.scenario.zone.offset(at: Instant(millisecondsSince1970: at)).milliseconds
        return (at + offset) / 86_400_000
    }

    /// An instant on a local day: 08:00 plus `slot` twenty-minute slots.
    func slotTime(day: Int64, slot: Int) -> Int64 {
        let noonish = day * 86_400_000 + 12 * 3_600_000
        let offset = plan.scenario.zone.offset(at: Instant(millisecondsSince1970: noonish)).milliseconds
        return day * 86_400_000 - offset + 8 * 3_600_000 + Int64(slot) * 20 * 60_000
    }

    /// Books the first day with room at the person's office, one to fourteen days ahead.
    func book(_ file: inout ApplicationFile, _ local: UInt32, at: Int64, random: inout RandomStream) -> NextStep {
        let office = homeOffice(person(local))
        let today = localDay(at)
        var chosen: (day: Int64, booked: Int)?
        for ahead in 1...14 {
            let day = today + Int64(ahead)
            let share = capacityShare(office, day: day)
            let taken = Int(ledger.officeDays[ApplicationLedger.officeDayKey(office, day: day)] ?? 0)
            if taken < share {
                chosen = (day, office.dailyCapacity - (share - taken))
                break
            }
        }
        let day = chosen?.day ?? today + 1
        let slot = slotTime(day: day, slot: Int(random.next(below: 24)))
        file.appointmentsMade &+= 1
        countLoad(.applications)
        let result = ApplicationRules().book(
            id: ApplicationFile.appointmentID(person: person(local), number: file.appointmentsMade), for: &file.application,
            office: office, at: Instant(millisecondsSince1970: slot), bookedThatDay: chosen?.booked ?? office.dailyCapacity,
            current: file.appointment >= 0 ? ledger.appointments[Int(file.appointment)].appointment : nil,
            now: Instant(millisecondsSince1970: at), events: &recorder, notifications: &ledger.scratch,
            zone: plan.scenario.zone)
        if case .success(let appointment) = result {
            ledger.appointments.append(BookedAppointment(appointment: appointment, local: local, bookedAt: at))
            file.appointment = Int32(ledger.appointments.count - 1)
            ledger.officeDays[ApplicationLedger.officeDayKey(office, day: day)] =
                (ledger.officeDays[ApplicationLedger.officeDayKey(office, day: day)] ?? 0) &+ 1
            scheduleVisit(slot, local, from: at)
        }
        keepNotifications(local, &file, readAt: at)
        return .done
    }

    /// Schedules the visit at `slot` and its reminder a day before (when that is still to come).
    func scheduleVisit(_ slot: Int64, _ local: UInt32, from: Int64) {
        if slot - 86_400_000 > from { queue.schedule(at: slot - 86_400_000, subject: local, action: .appointmentReminder) }
        queue.schedule(at: slot, subject: local, action: .appointmentDue)
    }

    /// The appointment's time: the person comes, or (some, more of the careless) does not.
    func appointmentDue(_ local: UInt32, at: Int64) {
        guard var file = ledger.files[local], file.appointment >= 0, !file.application.state.isClosed else { return }
        let number = Int(file.appointment)
        guard ledger.appointments[number].appointment.at.millisecondsSince1970 == at,
              ledger.appointments[number].appointment.status == .booked else { return }
        var random = decisionStream(local, at, Purpose.appointment.rawValue)
        let isCareless = !isCast(local) && facts(local).profile != .careful
        let attended = !random.chance(isCareless ? 0.2 : 0.1)
        recorder.actor = isCast(local) ? .cast : .owner
        var appointment = ledger.appointments[number].appointment
        _ = ApplicationRules().keep(&appointment, attended: attended, application: &file.application,
                                    at: Instant(millisecondsSince1970: at), events: &recorder, notifications: &ledger.scratch)
        ledger.appointments[number].appointment = appointment
        keepNotifications(local, &file, readAt: .min)
        ledger.files[local] = file
    }

    /// A day before the appointment: the reminder in the inbox.
    func appointmentReminder(_ local: UInt32, at: Int64) {
        guard var file = ledger.files[local], file.appointment >= 0, !file.application.state.isClosed else { return }
        let booked = ledger.appointments[Int(file.appointment)].appointment
        guard booked.at.millisecondsSince1970 == at + 86_400_000, booked.status == .booked else { return }
        appendNotification(local, &file, at: at, topic: .appointmentReminder, appointment: file.appointment, readAt: .min)
        ledger.files[local] = file
    }
}
