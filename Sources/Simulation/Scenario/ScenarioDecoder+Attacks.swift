import JSON

extension ScenarioDecoder {
    /// One of `attacks`: `kind` and `at` required; `for` (default 1h), `accounts`, `ips`,
    /// `attemptsPerAccount` (whole numbers ≥ 1), `targets`, `successRate` and `nonexistent`
    /// (0 to 1) override the defaults of the kind (`AttackSpec.init(kind:at:duration:)`).
    ///
    /// Each target must be a cast member's username (`castNames`) or a population account's;
    /// population accounts are looked up only when `population` is known.
    func attack(_ element: JSONElement, castNames: Set<String>, population: KnownPopulation?) -> AttackSpec? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let kind = reader.required("kind")
            .flatMap { $0.oneOf(AttackSpec.Kind.allCases.map(\.rawValue), issues: issues) }
            .flatMap(AttackSpec.Kind.init(rawValue:))
        let at = requiredTime(&reader, "at")
        let span = duration(&reader, "for", .positive)
        let accounts = reader.integer("accounts", in: 1...Int.max)
        let ips = reader.integer("ips", in: 1...Int.max)
        let attempts = reader.integer("attemptsPerAccount", in: 1...Int.max)
        let targets = reader.array("targets")?.compactMap { target($0, castNames: castNames, population: population) }
        let successRate = reader.double("successRate", in: 0...1)
        let nonexistent = reader.double("nonexistent", in: 0...1)
        guard let kind, let at else { return nil }
        var spec = AttackSpec(kind: kind, at: at, duration: span ?? .hours(1))
        if let accounts { spec.accounts = accounts }
        if let ips { spec.ips = ips }
        if let attempts { spec.attemptsPerAccount = attempts }
        if let targets { spec.targets = targets }
        if let successRate { spec.successRate = successRate }
        if let nonexistent { spec.nonexistent = nonexistent }
        return spec
    }

    /// A target username, lower-cased as usernames are stored.
    private func target(_ element: JSONElement, castNames: Set<String>, population: KnownPopulation?) -> String? {
        guard let text = element.string(issues: issues) else { return nil }
        let username = text.lowercased()
        guard castNames.contains(username) || (population?.has(username: username) ?? true) else {
            element.report("no cast member or population account is named '\(text)'", issues: issues)
            return nil
        }
        return username
    }
}
