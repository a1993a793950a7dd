import Portal

/// Bulk rows for applications, their documents, appointments and notifications.
extension WorldRows {
    /// Stores an application as it stands.
    public func addApplication(_ application: Application) throws {
        try run("""
            INSERT INTO applications (id, account_id, kind, state, state_since, created_at, submitted_at, action_needed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(application.id, at: 1)
            try statement.bind(application.account.rawValue, at: 2)
            try statement.bind(application.kind.rawValue, at: 3)
            try statement.bind(application.state.rawValue, at: 4)
            try statement.bind(application.stateSince.millisecondsSince1970, at: 5)
            try statement.bind(application.createdAt.millisecondsSince1970, at: 6)
            try statement.bind(application.submittedAt?.millisecondsSince1970, at: 7)
            try statement.bind(ActionNeededText.encode(application.actionNeeded), at: 8)
        }
    }

    /// Stores an uploaded document with its result.
    public func addDocument(_ document: StoredDocument) throws {
        try run("""
            INSERT INTO application_documents (id, application_id, kind, format, size_kb, readable, expires, uploaded_at, result)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(document.id, at: 1)
            try statement.bind(document.application, at: 2)
            try statement.bind(document.upload.kind.rawValue, at: 3)
            try statement.bind(document.upload.format.rawValue, at: 4)
            try statement.bind(Int64(document.upload.sizeKB), at: 5)
            try statement.bind(Int64(document.upload.isReadable ? 1 : 0), at: 6)
            try statement.bind(document.upload.expires?.millisecondsSince1970, at: 7)
            try statement.bind(document.uploadedAt.millisecondsSince1970, at: 8)
            try statement.bind(document.result.rawValue, at: 9)
        }
    }

    /// Stores an appointment; `day` is its local date in the world's zone (`2026-12-02`), by
    /// which an office's daily capacity is counted.
    public func addAppointment(_ appointment: Appointment, day: String, bookedAt: Instant) throws {
        try run("""
            INSERT INTO appointments (id, application_id, office, purpose, at, day, status, booked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(appointment.id, at: 1)
            try statement.bind(appointment.application, at: 2)
            try statement.bind(appointment.office.rawValue, at: 3)
            try statement.bind(appointment.purpose.rawValue, at: 4)
            try statement.bind(appointment.at.millisecondsSince1970, at: 5)
            try statement.bind(day, at: 6)
            try statement.bind(appointment.status.rawValue, at: 7)
            try statement.bind(bookedAt.millisecondsSince1970, at: 8)
        }
    }

    /// Stores a notification in `language` (the account's), read at `readAt` or unread.
    public func addNotification(_ notification: Notification, language: Language, readAt: Instant?) throws {
        try run("""
            INSERT INTO notifications (account_id, at, topic, application_id, language, text, read_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(notification.account.rawValue, at: 1)
            try statement.bind(notification.at.millisecondsSince1970, at: 2)
            try statement.bind(notification.topic.rawValue, at: 3)
            try statement.bind(notification.application, at: 4)
            try statement.bind(language.rawValue, at: 5)
            try statement.bind(notification.text.text(in: language), at: 6)
            try statement.bind(readAt?.millisecondsSince1970, at: 7)
        }
    }
}
