import Portal
import World

/// How the rules write evidence: times in the world's zone, spans, counts, components,
/// and personal data masked unless the operator may see it.
extension DiagnosisFacts {
    /// `2026-12-01 08:20 WIB`.
    func time(_ instant: Instant) -> String {
        instant.display(in: evidence.zone)
    }

    /// Up to three times, then how many more: `… 08:20 WIB, … 08:23 WIB and 4 more`.
    func times(_ events: [Event]) -> String {
        let shown = events.prefix(3).map { time($0.at) }.joined(separator: ", ")
        return events.count > 3 ? "\(shown) and \(events.count - 3) more" : shown
    }

    /// A span as people say it, in whole minutes once it is a minute or more (`12m`, `1h30m`, `40s`).
    func span(_ span: TimeSpan) -> String {
        let seconds = max(0, span.milliseconds / 1000)
        if seconds < 60 { return "\(seconds)s" }
        return TimeSpan.minutes(seconds / 60).description
    }

    /// `sms-gateway major-outage from 2026-12-01 08:00 WIB to 2026-12-01 10:00 WIB (incident)`.
    func describe(_ period: ComponentPeriod) -> String {
        "\(period.component.rawValue) \(period.status.rawValue) from \(time(period.starts)) to \(time(period.ends)) (\(period.cause))"
    }

    /// Where a message on `channel` went, masked unless the operator may see it.
    func address(on channel: Channel) -> String {
        switch channel {
        case .sms: account.phone.map { showsPersonalData ? $0.value : Masking.phone($0) } ?? "no phone on file"
        case .email: showsPersonalData ? account.email.value : Masking.email(account.email)
        }
    }

    /// `once`, `twice`, `5 times`.
    func times(_ number: Int) -> String {
        switch number {
        case 1: "once"
        case 2: "twice"
        default: "\(number) times"
        }
    }

    /// What a component is, for people: `the SMS gateway`, `the login service (auth)`.
    func name(_ component: Component) -> String {
        switch component {
        case .auth: "the login service (auth)"
        case .captcha: "the CAPTCHA service"
        case .smsGateway: "the SMS gateway"
        case .email: "the e-mail gateway"
        default: "the \(component.rawValue) service"
        }
    }

    /// `SMS`, `e-mail`.
    func say(_ channel: Channel) -> String {
        channel == .sms ? "SMS" : "e-mail"
    }

    /// `1 failure`, `5 failures`; `1 try`, `2 tries` with the plural given.
    func count(_ number: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
    }

    /// `from 36.80.1.2 (phone-1)`, or nothing for an event without an address.
    func place(_ event: Event) -> String {
        guard let ip = event.ip else { return "" }
        return " from \(ip)" + (event.device.map { " (\($0))" } ?? "")
    }
}
