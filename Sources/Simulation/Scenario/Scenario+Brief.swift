import JSON
import Portal

extension Scenario {
    /// What this scenario makes happen and when, what to watch, and for an exercise its brief
    /// and objectives: the text of `apoa scenario brief`, as data.
    ///
    /// Everything is derived from the scenario as decoded (defaults filled in), with times in
    /// its zone; nothing is simulated.
    public var brief: ScenarioBrief {
        let clock = BriefClock(self)
        let sections = [
            ScenarioBrief.Section("when", whenItems(clock)),
            ScenarioBrief.Section("people", peopleItems()),
            ScenarioBrief.Section("load", loadItems(clock)),
            ScenarioBrief.Section("policy", policyItems()),
            ScenarioBrief.Section("components", componentItems()),
            ScenarioBrief.Section("incidents", incidents.isEmpty ? [.init("none")] : Self.inTimeOrder(incidents, \.at).map { incident in
                .init("\(clock.window(from: incident.at, to: incident.at + incident.duration))  \(incident.component.rawValue) "
                    + "\(incident.status.rawValue) (\(incident.duration))")
            }),
            ScenarioBrief.Section("maintenance", maintenance.isEmpty ? [.init("none")]
                : Self.inTimeOrder(maintenance, \.starts).map { maintenanceItem($0, clock) }),
            ScenarioBrief.Section("attacks", attacks.isEmpty ? [.init("none")] : Self.inTimeOrder(attacks, \.at).map { attackItem($0, clock) }),
            ScenarioBrief.Section("cast", cast.isEmpty ? [.init("none")] : cast.map { castItem($0, clock) }),
            ScenarioBrief.Section("support", supportItems()),
        ]
        return ScenarioBrief(name: name, title: title, description: description, sections: sections,
                             watch: watchList(clock), exercise: exerciseOutline)
    }

    /// The exercise's brief and objectives as the file gives them (their shape is checked
    /// when the file is read); nil when the scenario is not an exercise.
    var exerciseOutline: ScenarioBrief.Exercise? {
        guard let exercise else { return nil }
        guard case .string(let brief)? = exercise["brief"] else { return ScenarioBrief.Exercise(brief: "", objectives: []) }
        var objectives: [ScenarioBrief.Objective] = []
        if case .array(let elements)? = exercise["objectives"] {
            for element in elements {
                guard case .string(let id)? = element["id"], case .string(let text)? = element["text"] else { continue }
                objectives.append(ScenarioBrief.Objective(id: id, text: text, check: element["check"]))
            }
        }
        return ScenarioBrief.Exercise(brief: brief, objectives: objectives)
    }

    /// How many population people and cast members, for listings: `20,000`, `5,000 + 3 named`.
    var peopleSummary: String {
        BriefNumber.whole(population.users) + (cast.isEmpty ? "" : " + \(cast.count) named")
    }

    /// `items` by time, those at one time in file order.
    private static func inTimeOrder<T>(_ items: [T], _ time: KeyPath<T, Instant>) -> [T] {
        items.enumerated().sorted { ($0.element[keyPath: time], $0.offset) < ($1.element[keyPath: time], $1.offset) }.map(\.element)
    }

    // MARK: Sections

    private func whenItems(_ clock: BriefClock) -> [ScenarioBrief.Item] {
        [.init("\(clock.full(start)) to \(clock.full(end)) (\(duration)); times are \(zone.abbreviation(at: start)) (\(zone.identifier))"),
         .init("seed \(seed)")]
    }

    private func peopleItems() -> [ScenarioBrief.Item] {
        let spec = population
        let percent = BriefNumber.percent
        var shares = ["\(percent(spec.foreigners)) foreigners"]
        shares.append("\(percent(spec.secondFactor)) with a second factor (\(percent(spec.smsShare)) of them by SMS, the rest by e-mail)")
        if spec.unverified > 0 { shares.append("\(percent(spec.unverified)) not yet verified") }
        if spec.sharedComputers > 0 { shares.append("\(percent(spec.sharedComputers)) on shared computers") }
        let profiles = [("careful", spec.profiles.careful), ("forgetful", spec.profiles.forgetful),
                        ("typo-prone", spec.profiles.typoProne), ("impatient", spec.profiles.impatient)]
            .filter { $0.1 > 0 }.map { "\($0.0) \(percent($0.1))" }
        var items: [ScenarioBrief.Item] = [
            .init("\(BriefNumber.whole(spec.users)) people: " + shares.joined(separator: "; ")),
            .init("behaviour: " + profiles.joined(separator: ", ")),
        ]
        if !cast.isEmpty {
            items.append(.init("and \(cast.count) named \(cast.count == 1 ? "person" : "people") with scripts (the cast, below)"))
        }
        return items
    }

    private func loadItems(_ clock: BriefClock) -> [ScenarioBrief.Item] {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let week = zip(days, load.weekly).map { "\($0) \(BriefNumber.decimal($1))" }.joined(separator: ", ")
        var items: [ScenarioBrief.Item] = [
            .init("\(BriefNumber.decimal(load.sessionsPerUserPerDay)) session\(load.sessionsPerUserPerDay == 1 ? "" : "s") a person "
                + "a day, \(Self.curveText(load.dailyCurve))"),
            .init("by weekday: \(week)"),
        ]
        for surge in load.surges {
            let window = clock.window(from: surge.at, to: surge.at + surge.duration)
            switch surge.kind {
            case .deadline:
                items.append(.init("deadline surge \(window) (\(surge.duration)): ×\(BriefNumber.decimal(surge.factor)) the sessions"))
            case .passwordPolicyChange:
                items.append(.init("password-policy change \(window) (\(surge.duration)): \(BriefNumber.percent(surge.share)) of people "
                    + "who log in must reset their password first; ×\(BriefNumber.decimal(surge.factor)) the sessions"))
            }
        }
        if load.surges.isEmpty { items.append(.init("no surges")) }
        return items
    }

    private static func curveText(_ curve: DailyCurve) -> String {
        switch curve {
        case .officeHours: "office hours (most 08:00–16:00, a lunch dip, little at night)"
        case .evening: "evenings (most 18:00–23:00)"
        case .flat: "the same every hour"
        case .sinusoid(let amplitude, let peakHour):
            "a daily wave peaking at \(BriefNumber.decimal(peakHour)):00 (amplitude \(BriefNumber.decimal(amplitude)))"
        case .hourly(let weights):
            "24 hourly weights, the most at \(weights.indices.max { weights[$0] < weights[$1] } ?? 0):00"
        }
    }

    private func policyItems() -> [ScenarioBrief.Item] {
        let captcha = switch policy.captcha.mode {
        case .off: "off"
        case .always: "on every login"
        case .afterFailures: "after \(policy.captcha.afterFailures) failed logins from an address"
        }
        let throttle = policy.throttle.maxFailures == 0 ? "off"
            : "\(policy.throttle.maxFailures) failures from an address within \(policy.throttle.window) of each other "
            + "turn it away for \(policy.throttle.block)"
        return [
            .init("lockout: \(policy.bruteForce.summary)"),
            .init("CAPTCHA: \(captcha); address throttle: \(throttle)"),
            .init("one-time codes: \(policy.otp.digits) digits, good for \(policy.otp.ttl), \(policy.otp.maxTries) tries; "
                + "reset links and codes good for \(policy.reset.ttl)"),
        ]
    }

    /// The components whose capacity or reliability is not the standard one.
    private func componentItems() -> [ScenarioBrief.Item] {
        let changed: [ScenarioBrief.Item] = Component.allCases.compactMap { component in
            let spec = components[component.index]
            let standard = ComponentSpec.standard(component)
            guard spec != standard else { return nil }
            var parts: [String] = []
            if spec.capacityPerSecond != standard.capacityPerSecond {
                parts.append(spec.capacityPerSecond.map { "capacity \(BriefNumber.decimal($0)) requests a second (standard "
                    + "\(standard.capacityPerSecond.map(BriefNumber.decimal) ?? "unlimited"))" } ?? "no capacity limit")
            }
            if spec.latency != standard.latency { parts.append("\(spec.latency) a request when idle") }
            if let mtbf = spec.mtbf { parts.append("fails at random about every \(mtbf), repaired in about \(spec.mttr)") }
            return .init("\(component.rawValue): " + parts.joined(separator: "; "))
        }
        return changed.isEmpty ? [.init("standard capacities, no random failures")] : changed
    }

    private func maintenanceItem(_ window: MaintenanceSpec, _ clock: BriefClock) -> ScenarioBrief.Item {
        let what = "\(clock.window(from: window.starts, to: window.starts + window.duration))  "
            + "\(window.components.map(\.rawValue).joined(separator: ", ")) under maintenance (\(window.duration))"
        guard let announce = window.announce else { return .init(what + "; unannounced: no notice") }
        let published = window.starts - announce
        let when = published < start ? "\(announce) ahead (before the run starts)" : "\(announce) ahead, at \(clock.time(published))"
        var details: [String] = []
        if let notice = window.notice {
            details = ["id: “\(notice.indonesian)”", "en: “\(notice.english)”"]
        }
        return .init(what + "; announced \(when), seen by \(BriefNumber.percent(window.seenBy)) of people", details: details)
    }

    private func attackItem(_ attack: AttackSpec, _ clock: BriefClock) -> ScenarioBrief.Item {
        let window = clock.window(from: attack.at, to: attack.at + attack.duration)
        let accounts = BriefNumber.whole(attack.accounts)
        let ips = "\(BriefNumber.whole(attack.ips)) address\(attack.ips == 1 ? "" : "es")"
        let tries = "\(attack.attemptsPerAccount) tr\(attack.attemptsPerAccount == 1 ? "y" : "ies")"
        var text: String
        switch attack.kind {
        case .credentialStuffing:
            text = "credential stuffing: \(accounts) accounts from \(ips), \(tries) each"
        case .bruteForce:
            let named = attack.targets.isEmpty ? "\(accounts) account\(attack.accounts == 1 ? "" : "s")"
                : attack.targets.joined(separator: ", ")
            let each = attack.targets.count > 1 || (attack.targets.isEmpty && attack.accounts > 1) ? " each" : ""
            text = "brute force on \(named): \(tries)\(each) from \(ips)"
        case .passwordSpraying:
            text = "password spraying: \(accounts) accounts from \(ips), \(tries) each with common passwords"
        case .phishing:
            text = "phishing: \(accounts) people give their password to a fake site; the attackers log in with it later "
                + "from \(ips)"
        }
        if attack.kind != .phishing {
            var extras: [String] = []
            if attack.successRate > 0 { extras.append("\(BriefNumber.percent(attack.successRate)) of the passwords tried are right") }
            if attack.nonexistent > 0 { extras.append("\(BriefNumber.percent(attack.nonexistent)) of tries on usernames that do not exist") }
            if !extras.isEmpty { text += "; " + extras.joined(separator: ", ") }
        }
        if !attack.targets.isEmpty, attack.kind != .bruteForce {
            text += "; among them \(attack.targets.joined(separator: ", "))"
        }
        return .init("\(window)  \(text)")
    }

    private func castItem(_ member: CastMember, _ clock: BriefClock) -> ScenarioBrief.Item {
        var traits = [member.kind.rawValue]
        let documents = member.documents.map { $0.type == .passport ? "passport" : $0.type.rawValue.uppercased() }
        if !documents.isEmpty { traits[0] += " (\(documents.joined(separator: ", ")))" }
        let codes = switch member.secondFactor {
        case .none: "no second factor"
        case .sms: "codes by SMS"
        case .email: "codes by e-mail"
        }
        traits.append(codes)
        if member.phone == nil { traits.append("no phone") }
        if member.verification != .verified { traits.append("verification \(member.verification.rawValue)") }
        if member.status != .active { traits.append(member.status.rawValue) }
        if member.language != (member.kind == .citizen ? .indonesian : .english) {
            traits.append(member.language == .english ? "in English" : "in Indonesian")
        }
        let targeted = attacks.filter { $0.targets.contains(member.username.value) }.map { attack in
            "a target of the \(attack.kind.rawValue) attack \(clock.window(from: attack.at, to: attack.at + attack.duration))"
        }
        let steps = member.script.isEmpty ? ["no script: does nothing of their own"] : Self.steps(member.script, clock)
        return .init("\(member.username.value): " + traits.joined(separator: ", "), details: targeted + steps)
    }

    /// A script in short: one line per step, a run of equal steps as one line (`×4`).
    static func steps(_ script: [CastStep], _ clock: BriefClock) -> [String] {
        var lines: [String] = []
        var index = 0
        var previous: Instant?
        while index < script.count {
            var last = index
            while last + 1 < script.count, script[last + 1].action == script[index].action { last += 1 }
            let first = script[index]
            var when = clock.time(first.at, after: previous)
            if last > index { when += "–" + clock.time(script[last].at, after: first.at) }
            lines.append("\(when) \(phrase(first.action))" + (last > index ? " (×\(last - index + 1))" : ""))
            previous = script[last].at
            index = last + 1
        }
        return lines
    }

    private static func phrase(_ action: CastAction) -> String {
        switch action {
        case .login(let password, let otp, let captcha, let ip, let device):
            var parts: [String] = []
            switch password {
            case .correct: break
            case .wrong: parts.append("wrong password")
            case .old: parts.append("old password")
            }
            if password == .correct {
                switch otp {
                case .correct: break
                case .wrong: parts.append("wrong code")
                case .none: parts.append("never types the code")
                }
            }
            if captcha == .fail { parts.append("fails the CAPTCHA") }
            if let ip { parts.append("from \(ip)") }
            if let device { parts.append("on \(device)") }
            return "tries to log in" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
        case .requestReset(let channel):
            return "asks for a password reset by \(channel == .sms ? "SMS" : "e-mail")"
        case .completeReset:
            return "uses the newest reset link or code"
        case .logout:
            return "logs out"
        case .contactSupport(let channel, let says):
            let how = switch channel {
            case .hotline: "calls the hotline"
            case .email: "writes to the desk"
            case .form: "fills in the web form"
            }
            return "\(how): “\(says)”"
        case .visitPhishingSite:
            return "types their password into a phishing site"
        case .submitApplication(let kind):
            return "opens a \(kind.rawValue) application"
        case .uploadDocument(let upload):
            return "uploads a \(upload.kind.rawValue) (\(upload.format.rawValue), \(BriefNumber.whole(upload.sizeKB)) KB"
                + (upload.isReadable ? ")" : ", unreadable)")
        }
    }

    private func supportItems() -> [ScenarioBrief.Item] {
        let channels = support.channels
        let shares = [("hotline", channels.hotline), ("e-mail", channels.email), ("web form", channels.form)]
            .filter { $0.1 > 0 }.map { "\($0.0) \(BriefNumber.percent($0.1))" }
        return [
            .init("\(support.agents) agent\(support.agents == 1 ? "" : "s"), about \(support.handleTime) a ticket: "
                + "they clear about \(BriefNumber.whole(ticketsPerHour)) tickets an hour"),
            .init("contact scale \(BriefNumber.decimal(support.contactProbability)) (how readily people in trouble contact the desk); "
                + "by " + shares.joined(separator: ", ")),
        ]
    }

    /// How many tickets the agents close in an hour, at their average handle time.
    var ticketsPerHour: Int {
        Int(Int64(support.agents) * 3_600_000 / max(1, support.handleTime.milliseconds))
    }
}
