import Portal
import World

/// A partition's applications as the world keeps them: made at the end of the run, in the
/// partition's own order (the same on any number of threads), and written in partition order.
struct ApplicationRows: Sendable {
    /// Earlier applications, then each person's current one by local index.
    var applications: [Application] = []
    var documents: [StoredDocument] = []
    var appointments: [(appointment: Appointment, day: String, bookedAt: Instant)] = []
    /// With their text made again in the account's language, read or unread.
    var notifications: [NotificationRow] = []
}

extension Partition {
    /// The partition's applications, documents, appointments and notifications as rows.
    func applicationRows(zone: Zone) -> ApplicationRows {
        var rows = ApplicationRows()
        rows.applications = ledger.earlier + ledger.files.sorted(by: { $0.key < $1.key }).map(\.value.application)
        rows.documents = ledger.documents.map { $0.stored(person: person($0.local)) }
        rows.appointments = ledger.appointments.map { booked in
            (booked.appointment, String(booked.appointment.at.iso8601(in: zone).prefix(10)),
             Instant(millisecondsSince1970: booked.bookedAt))
        }
        // Facts read without keeping them: the accounts are written from the people on another
        // thread while this runs.
        rows.notifications = ledger.notifications.map { record in
            NotificationRow(notification(record, zone: zone), language: unkeptFacts(record.local).language,
                            readAt: record.readAt == .min ? nil : Instant(millisecondsSince1970: record.readAt))
        }
        return rows
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
