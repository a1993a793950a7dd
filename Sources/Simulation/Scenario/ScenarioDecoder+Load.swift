import JSON

extension ScenarioDecoder {
    /// The `load` object: `sessionsPerUserPerDay` (0 to 100), `dailyCurve`, `weekly` (7 weights,
    /// Monday to Sunday) and `surges`.
    ///
    /// `dailyCurve` is `office-hours`, `evening`, `flat`, `{"sinusoid": {"amplitude": 0…1,
    /// "peakHour": 0…<24}}` (defaults 0.5 and 12) or 24 hourly weights. Weights are numbers ≥ 0,
    /// not all 0. A surge is `{kind, at, for, factor, share}`: `kind` `deadline` (default) or
    /// `password-policy-change`, `at` and `for` required, `factor` 0 to 100 (default 2), `share`
    /// 0 to 1 (default 1).
    func load(_ reader: inout JSONObjectReader) -> LoadSpec {
        var spec = LoadSpec()
        spec.sessionsPerUserPerDay = reader.double("sessionsPerUserPerDay", default: spec.sessionsPerUserPerDay, in: 0...100)
        if let element = reader.element("dailyCurve") {
            spec.dailyCurve = dailyCurve(element) ?? spec.dailyCurve
        }
        if let element = reader.element("weekly") {
            spec.weekly = weights(element, count: 7, what: "daily weights, Monday to Sunday") ?? spec.weekly
        }
        spec.surges = reader.array("surges")?.compactMap(surge) ?? []
        return spec
    }

    private static let namedCurves: [(name: String, curve: DailyCurve)] = [
        ("office-hours", .officeHours), ("evening", .evening), ("flat", .flat),
    ]

    private func dailyCurve(_ element: JSONElement) -> DailyCurve? {
        switch element.node.kind {
        case .string:
            let name = element.oneOf(Self.namedCurves.map(\.name), issues: issues)
            return Self.namedCurves.first { $0.name == name }?.curve
        case .object:
            var reader = element.object(issues: issues)
            defer { reader.finish() }
            guard let inner = reader.required("sinusoid") else { return nil }
            var sinusoid = inner.object(issues: issues)
            defer { sinusoid.finish() }
            let amplitude = sinusoid.double("amplitude", default: 0.5, in: 0...1)
            let peakHour = sinusoid.element("peakHour").flatMap { element in
                element.number(expected: "an hour from 0 up to (not including) 24, like 12 or 13.5", issues: issues) {
                    (0..<24).contains($0)
                }
            }
            return .sinusoid(amplitude: amplitude, peakHour: peakHour ?? 12)
        case .array:
            return weights(element, count: 24, what: "hourly weights, hour 0 to 23").map(DailyCurve.hourly)
        default:
            element.reject(expecting: "office-hours, evening, flat, a sinusoid object or 24 hourly weights", issues: issues)
            return nil
        }
    }

    /// Exactly `count` numbers ≥ 0, not all 0.
    private func weights(_ element: JSONElement, count: Int, what: String) -> [Double]? {
        guard let elements = element.array(issues: issues) else { return nil }
        guard elements.count == count else {
            element.report("expected \(count) \(what), found \(elements.count)", issues: issues)
            return nil
        }
        let values = elements.compactMap { $0.double(in: 0...Double.infinity, issues: issues) }
        guard values.count == count else { return nil }
        guard values.contains(where: { $0 > 0 }) else {
            element.report("expected at least one weight above 0, found all 0", issues: issues)
            return nil
        }
        return values
    }

    private func surge(_ element: JSONElement) -> SurgeSpec? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let kind = reader.oneOf("kind", default: SurgeSpec.Kind.deadline.rawValue, allowed: SurgeSpec.Kind.allCases.map(\.rawValue))
        let at = requiredTime(&reader, "at")
        let span = reader.required("for").flatMap { duration($0, .positive) }
        let factor = reader.double("factor", default: 2, in: 0...100)
        let share = reader.double("share", default: 1, in: 0...1)
        guard let at, let span, let kind = SurgeSpec.Kind(rawValue: kind) else { return nil }
        return SurgeSpec(kind: kind, at: at, duration: span, factor: factor, share: share)
    }
}
