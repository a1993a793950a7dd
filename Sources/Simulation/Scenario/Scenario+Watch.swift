import Portal

extension Scenario {
    /// What a planner or trainer should look at in the world this scenario makes, derived from
    /// what it contains: the events in time order (outages, maintenance, attacks, a cast
    /// member's phishing, surges), then the components, the cast's tickets, the desk's queue
    /// and, for an exercise, the grading.
    func watchList(_ clock: BriefClock) -> [String] {
        var timed: [(at: Instant, text: String)] = []
        for incident in incidents {
            timed.append((incident.at, incidentWatch(incident, clock)))
        }
        for window in maintenance {
            let when = clock.window(from: window.starts, to: window.starts + window.duration)
            let what = window.components.map(\.rawValue).joined(separator: ", ")
            timed.append((window.starts, window.announce == nil
                ? "the ticket wave from the unannounced maintenance \(when) (\(what)): nobody was told, so people try, retry "
                    + "and call; publish a notice (apoa notice publish) and link the calls to one incident"
                : "the announced maintenance \(when) (\(what)): the \(BriefNumber.percent(window.seenBy)) who saw the notice come "
                    + "back after it and rarely call; the notice is in apoa notice list --all"))
        }
        for attack in attacks {
            timed.append((attack.at, attackWatch(attack, clock)))
        }
        for member in cast {
            for step in member.script where step.action == .visitPhishingSite {
                let name = member.username.value
                timed.append((step.at, "\(name) types their password into a phishing site at \(clock.time(step.at)); the attacker "
                    + "logs in with it later from elsewhere (apoa diagnose \(name): compromised)"))
            }
        }
        for surge in load.surges {
            let when = clock.window(from: surge.at, to: surge.at + surge.duration)
            let text = switch surge.kind {
            case .deadline:
                "the deadline surge \(when), ×\(BriefNumber.decimal(surge.factor)) the sessions: slow or refused requests where "
                    + "a component reaches its capacity, and the queue"
            case .passwordPolicyChange:
                "the forced resets \(when): resets requested and completed per hour, expired reset codes, password-reset "
                    + "tickets, and the SMS and e-mail gateways' load"
            }
            timed.append((surge.at, text))
        }
        var lines = timed.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element.text)
        lines += componentWatch()
        let callers = cast.filter { member in
            member.script.contains { if case .contactSupport = $0.action { true } else { false } }
        }.map(\.username.value)
        if !callers.isEmpty {
            lines.append("the cast's tickets first: \(callers.joined(separator: ", ")); each says what the person thinks is "
                + "wrong, and the true cause is kept for grading (apoa diagnose WHO)")
        }
        lines.append("the desk's queue: \(support.agents) agent\(support.agents == 1 ? "" : "s") clear about "
            + "\(BriefNumber.whole(ticketsPerHour)) tickets an hour, and the simulated tickets stay new for the desk to work")
        if let outline = exerciseOutline {
            lines.append("the trainee's work at the desk after the run, graded against the "
                + "\(outline.objectives.count) objective\(outline.objectives.count == 1 ? "" : "s") below")
        }
        return lines
    }

    private func incidentWatch(_ incident: IncidentSpec, _ clock: BriefClock) -> String {
        let when = clock.window(from: incident.at, to: incident.at + incident.duration)
        let (state, arrive) = switch incident.status {
        case .degraded: ("slow", "arrive late")
        case .partialOutage: ("partly down", "often do not arrive")
        case .underMaintenance: ("under maintenance", "do not arrive")
        case .majorOutage, .operational: ("down", "do not arrive")
        }
        let percent = BriefNumber.percent
        switch incident.component {
        case .smsGateway:
            return "the OTP ticket wave while the SMS gateway is \(state), \(when): login codes and SMS reset codes \(arrive) "
                + "for the \(percent(population.secondFactor * population.smsShare)) of people with SMS codes; the queue after it"
        case .email:
            return "e-mail codes and reset links \(arrive) while the e-mail service is \(state), \(when): for the "
                + "\(percent(population.secondFactor * (1 - population.smsShare))) with e-mail codes, and every reset by e-mail"
        case .auth:
            return "logins failing while the login is \(state), \(when): outage tickets, and the retries after it"
        case .captcha:
            return "logins stuck at the CAPTCHA while it is \(state), \(when)"
        case .applications, .documents, .payments:
            return "\(incident.component.rawValue) requests refused or slow while it is \(state), \(when): people retry later; "
                + "application tickets"
        }
    }

    private func attackWatch(_ attack: AttackSpec, _ clock: BriefClock) -> String {
        let when = clock.window(from: attack.at, to: attack.at + attack.duration)
        let accounts = BriefNumber.whole(attack.accounts)
        let leaked = Int((Double(attack.accounts) * attack.successRate).rounded())
        let compromised = leaked > 0 && attack.kind != .phishing
            ? "; about \(BriefNumber.whole(leaked)) account\(leaked == 1 ? "" : "s") whose password was right: compromised, reset them"
            : ""
        switch attack.kind {
        case .credentialStuffing:
            let captcha = policy.captcha.mode == .off ? "" : "; the CAPTCHA turns most bot tries away"
            return "locks from the credential stuffing \(when) on \(accounts) accounts: do not unlock into it (apoa lockouts "
                + "--by-source shows the addresses; an attacked account is unlocked only after a password reset)\(captcha)\(compromised)"
        case .bruteForce:
            let named = attack.targets.isEmpty ? "\(accounts) account\(attack.accounts == 1 ? "" : "s")"
                : attack.targets.joined(separator: ", ")
            return "the lock on \(named) from the brute-force attack \(when): the owner thinks the password is wrong; a reset "
                + "before any unlock (apoa diagnose: locked-by-attack)\(compromised)"
        case .passwordSpraying:
            return "password spraying \(when) on \(accounts) accounts: few locks (it stays under the lockout), but failures "
                + "from a few addresses across many accounts (apoa lockouts --by-source)\(compromised)"
        case .phishing:
            return "\(accounts) phishing victims \(when): logins from addresses they never used, codes they did not ask for, "
                + "security tickets; apoa diagnose finds them compromised: reset and end their sessions"
        }
    }

    /// Components that will struggle: below their standard capacity, or failing at random.
    private func componentWatch() -> [String] {
        Component.allCases.compactMap { component in
            let spec = components[component.index]
            let standard = ComponentSpec.standard(component)
            var parts: [String] = []
            if let capacity = spec.capacityPerSecond, capacity < standard.capacityPerSecond ?? .infinity {
                parts.append("at \(BriefNumber.decimal(capacity)) requests a second it slows and then refuses requests at the peaks")
            }
            if let mtbf = spec.mtbf { parts.append("it fails at random about every \(mtbf)") }
            return parts.isEmpty ? nil : "\(component.rawValue): " + parts.joined(separator: "; ")
        }
    }
}
