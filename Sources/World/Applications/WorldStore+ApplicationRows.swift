import Portal
import SQLiteDB

/// Reading and writing application rows inside a transaction.
extension WorldStore {
    func loadApplication(_ id: Int64) throws -> Application {
        guard let row = try connection.queryRow("SELECT * FROM applications WHERE id = ?", [id]) else {
            throw WorldError.unknownApplication(id)
        }
        return try application(row)
    }

    func application(_ row: Row) throws -> Application {
        let id = row.int("id") ?? 0
        guard let account = row.int("account_id"), let kind = row.text("kind").flatMap(ApplicationKind.init(rawValue:)),
              let state = row.text("state").flatMap(ApplicationState.init(rawValue:)),
              let since = row.int("state_since"), let created = row.int("created_at"),
              let items = ActionNeededText.decode(row.text("action_needed")) else {
            throw WorldError.notAWorld(path: path, why: "application \(id) is damaged")
        }
        return Application(id: id, account: AccountID(account), kind: kind, state: state,
                           stateSince: Instant(millisecondsSince1970: since), createdAt: Instant(millisecondsSince1970: created),
                           submittedAt: row.int("submitted_at").map(Instant.init(millisecondsSince1970:)), actionNeeded: items)
    }

    func insert(_ application: Application) throws {
        try connection.run("""
            INSERT INTO applications (id, account_id, kind, state, state_since, created_at, submitted_at, action_needed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [application.id, application.account.rawValue, application.kind.rawValue, application.state.rawValue,
                  application.stateSince.millisecondsSince1970, application.createdAt.millisecondsSince1970,
                  application.submittedAt?.millisecondsSince1970, ActionNeededText.encode(application.actionNeeded)])
    }

    /// Stores what the rules may change: the state, since when, the submission and what is asked for.
    func save(_ application: Application) throws {
        try connection.run("""
            UPDATE applications SET state = ?, state_since = ?, submitted_at = ?, action_needed = ? WHERE id = ?
            """, [application.state.rawValue, application.stateSince.millisecondsSince1970,
                  application.submittedAt?.millisecondsSince1970, ActionNeededText.encode(application.actionNeeded),
                  application.id])
    }

    func documents(of application: Int64) throws -> [StoredDocument] {
        try connection.query("SELECT * FROM application_documents WHERE application_id = ? ORDER BY uploaded_at, id",
                             [application]).map { row in
            let id = row.int("id") ?? 0
            guard let kind = row.text("kind").flatMap(DocumentKind.init(rawValue:)),
                  let format = row.text("format").flatMap(DocumentFormat.init(rawValue:)),
                  let size = row.int("size_kb"), let uploaded = row.int("uploaded_at"),
                  let result = row.text("result").flatMap(ReasonCode.init(rawValue:)) else {
                throw WorldError.notAWorld(path: path, why: "document \(id) is damaged")
            }
            let upload = DocumentUpload(kind: kind, format: format, sizeKB: Int(size), isReadable: row.bool("readable") ?? true,
                                        expires: row.int("expires").map(Instant.init(millisecondsSince1970:)))
            return StoredDocument(id: id, application: application, upload: upload,
                                  uploadedAt: Instant(millisecondsSince1970: uploaded), result: result)
        }
    }

    func insert(_ document: StoredDocument) throws {
        let upload = document.upload
        try connection.run("""
            INSERT INTO application_documents (id, application_id, kind, format, size_kb, readable, expires, uploaded_at, result)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [document.id, document.application, upload.kind.rawValue, upload.format.rawValue, upload.sizeKB,
                  upload.isReadable, upload.expires?.millisecondsSince1970, document.uploadedAt.millisecondsSince1970,
                  document.result.rawValue])
    }

    func appointments(of application: Int64) throws -> [Appointment] {
        try connection.query("SELECT * FROM appointments WHERE application_id = ? ORDER BY booked_at, id", [application])
            .map(appointment)
    }

    func appointment(_ row: Row) throws -> Appointment {
        let id = row.int("id") ?? 0
        guard let application = row.int("application_id"), let office = row.text("office").flatMap(Office.init(rawValue:)),
              let purpose = row.text("purpose").flatMap(AppointmentPurpose.init(rawValue:)), let at = row.int("at"),
              let status = row.text("status").flatMap(AppointmentStatus.init(rawValue:)) else {
            throw WorldError.notAWorld(path: path, why: "appointment \(id) is damaged")
        }
        return Appointment(id: id, application: application, office: office, purpose: purpose,
                           at: Instant(millisecondsSince1970: at), status: status)
    }

    func insert(_ appointment: Appointment, bookedAt now: Instant) throws {
        try connection.run("""
            INSERT INTO appointments (id, application_id, office, purpose, at, day, status, booked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [appointment.id, appointment.application, appointment.office.rawValue, appointment.purpose.rawValue,
                  appointment.at.millisecondsSince1970, AppointmentDay.of(appointment.at, in: zone),
                  appointment.status.rawValue, now.millisecondsSince1970])
    }

    /// Bookings the office has on the slot's local day (the `appointments_by_office_day` index),
    /// missed and attended ones included: a day's places are used up when booked.
    func bookings(at office: Office, on slot: Instant) throws -> Int {
        Int(try connection.scalar("SELECT COUNT(*) FROM appointments WHERE office = ? AND day = ? AND status != 'cancelled'",
                                  [office.rawValue, AppointmentDay.of(slot, in: zone)]).integerValue ?? 0)
    }

    /// The application's newest appointment, if it has one.
    func newestAppointment(of application: Int64) throws -> Appointment? {
        try connection.queryRow("SELECT * FROM appointments WHERE application_id = ? ORDER BY id DESC LIMIT 1", [application])
            .map(appointment)
    }

    /// Frees the visits still booked for an application that was just closed.
    func cancelBookings(of application: Application) throws {
        guard var current = try newestAppointment(of: application.id), current.cancel(ifClosed: application) else { return }
        try connection.run("UPDATE appointments SET status = ? WHERE id = ?", [current.status.rawValue, current.id])
    }

    /// Puts the notifications in their accounts' inboxes, each in `language`.
    func deliver(_ notifications: [Notification], in language: Language) throws {
        for notification in notifications {
            try connection.run("""
                INSERT INTO notifications (account_id, at, topic, application_id, language, text, read_at)
                VALUES (?, ?, ?, ?, ?, ?, NULL)
                """, [notification.account.rawValue, notification.at.millisecondsSince1970, notification.topic.rawValue,
                      notification.application, language.rawValue, notification.text.text(in: language)])
        }
    }
}
