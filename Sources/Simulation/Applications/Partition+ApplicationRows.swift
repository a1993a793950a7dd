import Portal
import World

/// The partition's applications as the world keeps them: written at the end of the run, in
/// the partition's own order (the same on any number of threads).
extension Partition {
    /// Writes applications (earlier ones, then each person's current one by local index),
    /// documents, appointments and notifications — the last with their text made again in the
    /// account's language, read or unread.
    func writeApplications(to rows: WorldRows, zone: Zone) throws {
        for application in ledger.earlier { try rows.addApplication(application) }
        for (_, file) in ledger.files.sorted(by: { $0.key < $1.key }) { try rows.addApplication(file.application) }
        for document in ledger.documents { try rows.addDocument(document.stored(person: person(document.local))) }
        for booked in ledger.appointments {
            let day = String(booked.appointment.at.iso8601(in: zone).prefix(10))
            try rows.addAppointment(booked.appointment, day: day, bookedAt: Instant(millisecondsSince1970: booked.bookedAt))
        }
        for record in ledger.notifications {
            try rows.addNotification(notification(record, zone: zone), language: facts(record.local).language,
                                     readAt: record.readAt == .min ? nil : Instant(millisecondsSince1970: record.readAt))
        }
    }

    private func notification(_ record: NotificationRecord, zone: Zone) -> Notification {
        let account = SimulationPlan.accountID(person(record.local))
        let at = Instant(millisecondsSince1970: record.at)
        if record.appointment >= 0 {
            let appointment = ledger.appointments[Int(record.appointment)].appointment
            return .appointment(appointment, account: account, at: at, isReminder: record.topic == .appointmentReminder,
                                when: appointment.at.display(in: zone))
        }
        let application = Application(id: record.application, account: account, kind: record.kind, state: record.state,
                                      stateSince: at, createdAt: at, actionNeeded: record.action.map { [$0] } ?? [])
        return .about(application, at: at)
    }
}
