import JSON
import Portal
import World

/// Applications, documents, appointments and notifications as people and JSON read them.
extension WorldText {
    /// `Rp 3.500.000`, as the portal prints fees.
    static func rupiah(_ amount: Int) -> String {
        var digits = Array(String(amount))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return "Rp " + groups.joined(separator: ".")
    }

    /// `photo: too-large since 2026-12-01 08:00 WIB`, or `appointment missed since …`.
    func actionItem(_ item: ActionItem) -> String {
        "\(item.document?.rawValue ?? "appointment"): \(item.reason.rawValue) since \(time(item.since))"
    }

    /// An application; `visit` is the status of its newest appointment (stuck or waiting to book).
    func applicationJSON(_ application: Application, username: String? = nil, visit: AppointmentStatus?, now: Instant) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .integer(application.id)),
            ("kind", .string(application.kind.rawValue)),
        ]
        if let username { fields.append(("account", .string(username))) }
        fields += [
            ("state", .string(application.state.rawValue)),
            ("stateSince", .string(iso(application.stateSince))),
            ("createdAt", .string(iso(application.createdAt))),
            ("submittedAt", iso(application.submittedAt)),
            ("feeRupiah", .integer(application.kind.feeRupiah)),
            ("usualProcessing", .string(application.kind.usualProcessing.description)),
            ("isStuck", .bool(application.isStuck(at: now, visit: visit))),
            ("visitToBook", .string(application.visitToBook(visit: visit)?.rawValue)),
            ("actionNeeded", .array(application.actionNeeded.map(actionItemJSON))),
        ]
        return .object(fields)
    }

    func actionItemJSON(_ item: ActionItem) -> JSONValue {
        .object([
            ("document", .string(item.document?.rawValue)), ("reason", .string(item.reason.rawValue)),
            ("since", .string(iso(item.since))),
            ("fix", .object([("id", .string(item.fix.indonesian)), ("en", .string(item.fix.english))])),
        ])
    }

    func documentJSON(_ document: StoredDocument) -> JSONValue {
        .object([
            ("id", .integer(document.id)), ("application", .integer(document.application)),
            ("kind", .string(document.upload.kind.rawValue)), ("format", .string(document.upload.format.rawValue)),
            ("sizeKB", .integer(document.upload.sizeKB)), ("readable", .bool(document.upload.isReadable)),
            ("expires", iso(document.upload.expires)), ("uploadedAt", .string(iso(document.uploadedAt))),
            ("result", .string(document.result.rawValue)),
        ])
    }

    func appointmentJSON(_ appointment: Appointment) -> JSONValue {
        .object([
            ("id", .integer(appointment.id)), ("application", .integer(appointment.application)),
            ("office", .string(appointment.office.rawValue)), ("officeName", .string(appointment.office.name)),
            ("purpose", .string(appointment.purpose.rawValue)), ("at", .string(iso(appointment.at))),
            ("status", .string(appointment.status.rawValue)),
        ])
    }

    func historyJSON(_ entry: ApplicationHistoryEntry) -> JSONValue {
        .object([
            ("seq", .integer(entry.seq)), ("at", .string(iso(entry.at))), ("event", .string(entry.kind.rawValue)),
            ("reason", .string(entry.reason.rawValue)), ("by", .string(entry.actor.rawValue)),
            ("from", .string(entry.from?.rawValue)), ("to", .string(entry.to?.rawValue)),
            ("document", .string(entry.document?.rawValue)), ("office", .string(entry.office?.rawValue)),
            ("slot", iso(entry.slot)), ("rule", .string(entry.rule)),
        ])
    }

    func notificationJSON(_ notification: StoredNotification) -> JSONValue {
        .object([
            ("id", .integer(notification.id)), ("at", .string(iso(notification.at))),
            ("topic", .string(notification.topic.rawValue)), ("application", .integer(notification.application)),
            ("language", .string(notification.language.rawValue)), ("text", .string(notification.text)),
            ("readAt", iso(notification.readAt)),
        ])
    }

    /// What a history entry was about, in a few words: the move, the document, the booking.
    func historyDetail(_ entry: ApplicationHistoryEntry) -> String {
        var parts: [String] = []
        if let from = entry.from, let to = entry.to { parts.append("\(from.rawValue) → \(to.rawValue)") }
        if let document = entry.document { parts.append(document.rawValue) }
        if let office = entry.office { parts.append(office.rawValue) }
        if let slot = entry.slot { parts.append(time(slot)) }
        return parts.joined(separator: "  ")
    }
}
