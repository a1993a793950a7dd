import Portal
import World

/// Whether the portal itself turned the person away: logins refused because a component was
/// under maintenance (`maintenance`) or down (`service-outage`), and whether it is back now.
enum PlatformRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        let refused = facts.since(.loginFailed, [.maintenance, .serviceOutage, .captchaUnavailable])
        // One finding per component that turned the person away, the newest refusal last.
        var components: [Component?] = []
        for event in refused where !components.contains(event.component) { components.append(event.component) }
        return components.map { component in
            finding(facts, component: component, refused: refused.filter { $0.component == component })
        }
    }

    private static func finding(_ facts: DiagnosisFacts, component: Component?, refused: [Event]) -> RankedFinding {
        let last = refused[refused.count - 1]
        let isMaintenance = last.reason == .maintenance
        let name = component.map(facts.name) ?? "the portal"
        var evidence = ["\(facts.count(refused.count, "login")) refused as \(last.reason.rawValue): \(facts.times(refused))\(facts.place(last))"]
        // Every period of the component the refusals fell in, oldest first.
        var periods: [ComponentPeriod] = []
        for event in refused {
            if let period = facts.period(of: component, at: event.at), !periods.contains(period) { periods.append(period) }
        }
        evidence += periods.map(facts.describe)
        let what = isMaintenance ? "under maintenance" : "down"
        let action: String
        if let current = periods.last, current.ends > facts.judgedAt {
            action = "\(capitalized(name)) is \(what) until \(facts.time(current.ends)): ask \(facts.username) to log in again after that"
                + (isMaintenance ? "." : ", and link the ticket to the outage's incident.")
        } else {
            let back = periods.last.map { " since \(facts.time($0.ends))" } ?? ""
            action = "\(capitalized(name)) works again\(back): ask \(facts.username) to log in again now; nothing to unlock."
        }
        let finding = Finding(
            isMaintenance ? .maintenance : .serviceOutage,
            summary: "The login was refused because \(name) was \(what), not because of anything the person did.",
            evidence: evidence, action: action)
        return RankedFinding(finding, .lastTries, at: last.at)
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
