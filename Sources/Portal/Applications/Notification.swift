/// A message to an account in the portal's inbox: a status change, an action needed, an
/// appointment booked or coming up, a change to the profile.
public struct Notification: Equatable, Sendable {
    public let account: AccountID
    public let at: Instant
    public let topic: NotificationTopic
    /// The application it is about, if any.
    public let application: Int64?
    /// The text in both languages; it is stored and shown in the account's language.
    public let text: UserMessage

    public init(account: AccountID, at: Instant, topic: NotificationTopic, application: Int64?, text: UserMessage) {
        self.account = account
        self.at = at
        self.topic = topic
        self.application = application
        self.text = text
    }
}

/// What a notification is about.
public enum NotificationTopic: String, CaseIterable, Sendable {
    case statusChanged = "status-changed"
    case actionNeeded = "action-needed"
    case appointmentBooked = "appointment-booked"
    case appointmentReminder = "appointment-reminder"
    case profileChanged = "profile-changed"
}

extension Notification {
    /// The notice of `application`'s move to its current state, saying what to fix when action
    /// is needed (the last of `actionNeeded`). Public so that a store which keeps only the
    /// state can make the text again.
    public static func about(_ application: Application, at: Instant) -> Notification {
        let number = "#\(application.id) (\(application.kind.rawValue))"
        if application.state == .needsAction, let item = application.actionNeeded.last {
            return Notification(account: application.account, at: at, topic: .actionNeeded, application: application.id,
                                text: UserMessage(id: "Permohonan \(number) memerlukan tindakan: \(item.fix.indonesian)",
                                                  en: "Application \(number) needs action: \(item.fix.english)"))
        }
        let (id, en) = switch application.state {
        case .draft: ("disimpan sebagai draf", "was saved as a draft")
        case .submitted: ("telah diajukan dan menunggu pemeriksaan", "was submitted and awaits review")
        case .underReview: ("sedang diperiksa petugas", "is being reviewed by an officer")
        case .needsAction: ("memerlukan tindakan", "needs action")
        case .approved: ("disetujui", "was approved")
        case .rejected: ("ditolak", "was rejected")
        case .withdrawn: ("dibatalkan", "was withdrawn")
        }
        return Notification(account: application.account, at: at, topic: .statusChanged, application: application.id,
                            text: UserMessage(id: "Permohonan \(number) \(id).", en: "Application \(number) \(en)."))
    }

    /// The confirmation of a booking, or the reminder a day before.
    public static func appointment(_ appointment: Appointment, account: AccountID, at: Instant, isReminder: Bool,
                                   when: String) -> Notification {
        let purpose = appointment.purpose == .biometrics ? ("perekaman biometrik", "biometrics") : ("wawancara", "an interview")
        let text = isReminder
            ? UserMessage(id: "Pengingat: janji temu \(purpose.0) di \(appointment.office.name) pada \(when).",
                          en: "Reminder: your appointment for \(purpose.1) at \(appointment.office.name) is on \(when).")
            : UserMessage(id: "Janji temu \(purpose.0) di \(appointment.office.name) pada \(when) telah dipesan.",
                          en: "Your appointment for \(purpose.1) at \(appointment.office.name) on \(when) is booked.")
        return Notification(account: account, at: at, topic: isReminder ? .appointmentReminder : .appointmentBooked,
                            application: appointment.application, text: text)
    }
}
