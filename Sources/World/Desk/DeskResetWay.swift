import Portal

/// How the desk reset a password — a link by e-mail, a code by SMS, or a temporary password
/// read out — as `apoa reset-password`'s audit line words it. Written and read only here, so
/// the exercise grader and a continued run read exactly what the desk wrote.
public enum DeskResetWay: String, CaseIterable, Sendable {
    case email, sms, temporary

    /// The way of a reset sent on `channel`.
    public init(_ channel: Channel) {
        self = channel == .email ? .email : .sms
    }

    /// The way a `reset-password` line that was done reset the password; nil for any other
    /// line, and for a refusal (which changed nothing).
    public init?(auditEntry entry: AuditEntry) {
        guard entry.action == "reset-password", entry.outcome == .done else { return nil }
        if entry.detail.hasPrefix(Self.temporaryPrefix) {
            self = .temporary
        } else if entry.detail.hasPrefix("sent a reset") {
            self = entry.detail.contains(" by \(Channel.sms.rawValue) ") ? .sms : .email
        } else {
            return nil
        }
    }

    /// The audit detail of a link or code sent on `channel` to `destination` (masked).
    public static func sentDetail(via channel: Channel, to destination: String, isDelivered: Bool, endedSessions: Int) -> String {
        "sent a reset \(channel == .email ? "link" : "code") by \(channel.rawValue) to \(destination)"
            + (isDelivered ? "" : " (gateway down: undelivered)") + "; ended \(sessions(endedSessions))"
    }

    /// The audit detail of a temporary password (never the password: auditors read the log).
    public static func temporaryDetail(endedSessions: Int) -> String {
        "\(temporaryPrefix); ended \(sessions(endedSessions))"
    }

    /// The channel a link or code went by; nil for a temporary password.
    public var channel: Channel? {
        switch self {
        case .email: .email
        case .sms: .sms
        case .temporary: nil
        }
    }

    private static let temporaryPrefix = "set a temporary password"

    private static func sessions(_ count: Int) -> String {
        "\(count) session\(count == 1 ? "" : "s")"
    }
}
