/// A message to an account in the portal's inbox: a status change, an action needed, an
/// appointment booked or coming up, a change to the profile.
public struct Notification: Equatable, Sendable {
    public let account: AccountID
    public let at: Instant
    public let topic: NotificationTopic
    /// The application it is about, if any.
    public let application: Int64?
    /// What it says, kept as the facts it is made from: the text is written only when it is
    /// read (a simulation makes hundreds of thousands of notifications and stores few texts).
    private let content: Content

    /// The text in both languages; it is stored and shown in the account's language.
    public var text: UserMessage { content.text }

    public init(account: AccountID, at: Instant, topic: NotificationTopic, application: Int64?, text: UserMessage) {
        self.init(account: account, at: at, topic: topic, application: application, content: .written(text))
    }

    private init(account: AccountID, at: Instant, topic: NotificationTopic, application: Int64?, content: Content) {
        self.account = account
        self.at = at
        self.topic = topic
        self.application = application
        self.content = content
    }

    /// The facts a notification's text is written from.
    private enum Content: Equatable, Sendable {
        case written(UserMessage)
        /// An application's move to `state`; `action` is what to fix when it needs action.
        case status(id: Int64, kind: ApplicationKind, state: ApplicationState, action: ActionItem?)
        case appointment(Appointment, isReminder: Bool, when: AppointmentTime)

        var text: UserMessage {
            switch self {
            case .written(let text):
                return text
            case .status(let id, let kind, let state, let action):
                return Notification.statusText(id: id, kind: kind, state: state, action: action)
            case .appointment(let appointment, let isReminder, let when):
                return Notification.appointmentText(appointment, isReminder: isReminder,
                                                    when: when.text(of: appointment.at))
            }
        }
    }

    /// How a notice names its appointment's time: as written, or in a zone once the text is read.
    enum AppointmentTime: Equatable, Sendable {
        case written(String)
        /// The appointment's time shown in this zone (`Instant.display`), written only when read:
        /// the simulator reads none of its notices' texts, and writing one per booking cost
        /// 1,400 instructions (13.8 M of 2,198 M at 100,000 people).
        case shown(in: Zone)

        func text(of slot: Instant) -> String {
            switch self {
            case .written(let text): text
            case .shown(let zone): slot.display(in: zone)
            }
        }
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
        let action = application.state == .needsAction ? application.actionNeeded.last : nil
        return Notification(account: application.account, at: at, topic: action == nil ? .statusChanged : .actionNeeded,
                            application: application.id,
                            content: .status(id: application.id, kind: application.kind, state: application.state, action: action))
    }

    private static func statusText(id: Int64, kind: ApplicationKind, state: ApplicationState, action: ActionItem?) -> UserMessage {
        let number = "#\(id) (\(kind.rawValue))"
        if let item = action {
            return UserMessage(id: "Permohonan \(number) memerlukan tindakan: \(item.fix.indonesian)",
                               en: "Application \(number) needs action: \(item.fix.english)")
        }
        let (indonesian, english) = switch state {
        case .draft: ("disimpan sebagai draf", "was saved as a draft")
        case .submitted: ("telah diajukan dan menunggu pemeriksaan", "was submitted and awaits review")
        case .underReview: ("sedang diperiksa petugas", "is being reviewed by an officer")
        case .needsAction: ("memerlukan tindakan", "needs action")
        case .approved: ("disetujui", "was approved")
        case .rejected: ("ditolak", "was rejected")
        case .withdrawn: ("dibatalkan", "was withdrawn")
        }
        return UserMessage(id: "Permohonan \(number) \(indonesian).", en: "Application \(number) \(english).")
    }

    /// The confirmation of a booking, or the reminder a day before.
    public static func appointment(_ appointment: Appointment, account: AccountID, at: Instant, isReminder: Bool,
                                   when: String) -> Notification {
        Self.appointment(appointment, account: account, at: at, isReminder: isReminder, when: .written(when))
    }

    /// The same notice with its time shown in `zone` (`Instant.display`), written when read.
    public static func appointment(_ appointment: Appointment, account: AccountID, at: Instant, isReminder: Bool,
                                   zone: Zone) -> Notification {
        Self.appointment(appointment, account: account, at: at, isReminder: isReminder, when: .shown(in: zone))
    }

    static func appointment(_ appointment: Appointment, account: AccountID, at: Instant, isReminder: Bool,
                            when: AppointmentTime) -> Notification {
        Notification(account: account, at: at, topic: isReminder ? .appointmentReminder : .appointmentBooked,
                     application: appointment.application,
                     content: .appointment(appointment, isReminder: isReminder, when: when))
    }

    private static func appointmentText(_ appointment: Appointment, isReminder: Bool, when: String) -> UserMessage {
        let purpose = appointment.purpose == .biometrics ? ("perekaman biometrik", "biometrics") : ("wawancara", "an interview")
        return isReminder
            ? UserMessage(id: "Pengingat: janji temu \(purpose.0) di \(appointment.office.name) pada \(when).",
                          en: "Reminder: your appointment for \(purpose.1) at \(appointment.office.name) is on \(when).")
            : UserMessage(id: "Janji temu \(purpose.0) di \(appointment.office.name) pada \(when) telah dipesan.",
                          en: "Your appointment for \(purpose.1) at \(appointment.office.name) on \(when) is booked.")
    }
}
