import Portal

/// Bulk rows for applications, their documents, appointments and notifications, many rows a
/// statement (`MultiRowInsert`).
extension WorldRows {
    /// Stores applications as they stand.
    public func addApplications(_ applications: [Application]) throws {
        try insert("""
            INSERT INTO applications (id, account_id, kind, state, state_since, created_at, submitted_at, action_needed) VALUES
            """, row: "(?, ?, ?, ?, ?, ?, ?, ?)", count: applications.count) { row, statement, first in
            let application = applications[row]
            try statement.bind(application.id, at: first)
            try statement.bind(application.account.rawValue, at: first + 1)
            try statement.bind(application.kind.rawValue, at: first + 2)
            try statement.bind(application.state.rawValue, at: first + 3)
            try statement.bind(application.stateSince.millisecondsSince1970, at: first + 4)
            try statement.bind(application.createdAt.millisecondsSince1970, at: first + 5)
            try statement.bind(application.submittedAt?.millisecondsSince1970, at: first + 6)
            try statement.bind(ActionNeededText.encode(application.actionNeeded), at: first + 7)
        }
    }

    /// Stores uploaded documents with their results.
    public func addDocuments(_ documents: [StoredDocument]) throws {
        try insert("""
            INSERT INTO application_documents (id, application_id, kind, format, size_kb, readable, expires, uploaded_at, result) VALUES
            """, row: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", count: documents.count) { row, statement, first in
            let document = documents[row]
            try statement.bind(document.id, at: first)
            try statement.bind(document.application, at: first + 1)
            try statement.bind(document.upload.kind.rawValue, at: first + 2)
            try statement.bind(document.upload.format.rawValue, at: first + 3)
            try statement.bind(Int64(document.upload.sizeKB), at: first + 4)
            try statement.bind(Int64(document.upload.isReadable ? 1 : 0), at: first + 5)
            try statement.bind(document.upload.expires?.millisecondsSince1970, at: first + 6)
            try statement.bind(document.uploadedAt.millisecondsSince1970, at: first + 7)
            try statement.bind(document.result.rawValue, at: first + 8)
        }
    }

    /// Stores appointments, each with its local date in the world's zone (`2026-12-02`), by
    /// which an office's daily capacity is counted, and when it was booked.
    public func addAppointments(_ appointments: [(appointment: Appointment, day: String, bookedAt: Instant)]) throws {
        try insert("INSERT INTO appointments (id, application_id, office, purpose, at, day, status, booked_at) VALUES",
                   row: "(?, ?, ?, ?, ?, ?, ?, ?)", count: appointments.count) { row, statement, first in
            let (appointment, day, bookedAt) = appointments[row]
            try statement.bind(appointment.id, at: first)
            try statement.bind(appointment.application, at: first + 1)
            try statement.bind(appointment.office.rawValue, at: first + 2)
            try statement.bind(appointment.purpose.rawValue, at: first + 3)
            try statement.bind(appointment.at.millisecondsSince1970, at: first + 4)
            try statement.bind(day, at: first + 5)
            try statement.bind(appointment.status.rawValue, at: first + 6)
            try statement.bind(bookedAt.millisecondsSince1970, at: first + 7)
        }
    }

    /// Stores notifications, in order (they are numbered as they are stored).
    public func addNotifications(_ notifications: [NotificationRow]) throws {
        try insert("INSERT INTO notifications (account_id, at, topic, application_id, language, text, read_at) VALUES",
                   row: "(?, ?, ?, ?, ?, ?, ?)", count: notifications.count) { row, statement, first in
            let notification = notifications[row]
            try statement.bind(notification.account.rawValue, at: first)
            try statement.bind(notification.at.millisecondsSince1970, at: first + 1)
            try statement.bind(notification.topic.rawValue, at: first + 2)
            try statement.bind(notification.application, at: first + 3)
            try statement.bind(notification.language.rawValue, at: first + 4)
            try statement.bind(notification.text, at: first + 5)
            try statement.bind(notification.readAt?.millisecondsSince1970, at: first + 6)
        }
    }
}
