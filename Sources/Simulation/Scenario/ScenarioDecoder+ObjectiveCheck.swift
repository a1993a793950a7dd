import JSON
import Portal

extension ScenarioDecoder {
    /// An objective's `check`: an object with exactly one of `Exercise.Check.names`, and its
    /// argument as Scenarios/README.md describes. Nil after recording what is wrong.
    func objectiveCheck(_ element: JSONElement) -> Exercise.Check? {
        guard case .object(let members) = element.node.kind else {
            element.reject(expecting: "a check object like {\"unlocked\": [\"budi.santoso\"]}", issues: issues)
            return nil
        }
        guard members.count == 1, let member = members.first else {
            element.report("expected exactly one check, one of " + Exercise.Check.names.joined(separator: ", ")
                + ", found \(members.count)", issues: issues)
            return nil
        }
        guard Exercise.Check.names.contains(member.key) else {
            let suggestion = closestMatch(to: member.key, among: Exercise.Check.names).map { " (did you mean '\($0)'?)" } ?? ""
            element.report("unknown check '\(member.key)'\(suggestion); checks: " + Exercise.Check.names.joined(separator: ", "),
                           issues: issues)
            return nil
        }
        var reader = element.object(issues: issues)
        guard let argument = reader.element(member.key) else { return nil }
        switch member.key {
        case "unlocked": return usernames(argument).map(Exercise.Check.unlocked)
        case "leftLocked": return usernames(argument).map(Exercise.Check.leftLocked)
        case "notUnlockedWithoutReset": return username(argument).map(Exercise.Check.notUnlockedWithoutReset)
        case "resetVia": return resetVia(argument)
        case "noticePublished": return noticePublished(argument)
        case "ticketsResolved": return ticketsResolved(argument)
        default: return duration(argument, .positive).map(Exercise.Check.within)
        }
    }

    private func username(_ element: JSONElement) -> String? {
        parsed(element, expected: "a username", { text throws(PortalError) in try Username(text).value })
    }

    private func usernames(_ element: JSONElement) -> [String]? {
        guard let list = element.array(issues: issues) else { return nil }
        if list.isEmpty { element.report("expected at least one username, found none", issues: issues) }
        let names = list.compactMap(username)
        return names.count == list.count && !list.isEmpty ? names : nil
    }

    private func resetVia(_ element: JSONElement) -> Exercise.Check? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let account = reader.required("account").flatMap(username)
        var ways: [Exercise.ResetWay]?
        if let channel = reader.required("channel") {
            let expected = Exercise.ResetWay.allCases.map(\.rawValue)
            if case .array = channel.node.kind {
                let list = channel.array(issues: issues) ?? []
                let parsed = list.compactMap { $0.oneOf(expected, issues: issues).flatMap(Exercise.ResetWay.init(rawValue:)) }
                if list.isEmpty { channel.report("expected at least one of email, sms, temporary, found none", issues: issues) }
                ways = parsed.count == list.count && !list.isEmpty ? parsed : nil
            } else {
                ways = channel.oneOf(expected, issues: issues).flatMap(Exercise.ResetWay.init(rawValue:)).map { [$0] }
            }
        }
        guard let account, let ways else { return nil }
        return .resetVia(account: account, ways: ways)
    }

    private func noticePublished(_ element: JSONElement) -> Exercise.Check? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let before = reader.required("before").flatMap { element in
            element.value(expected: "a time with a zone offset, like 2026-12-07T11:00:00+07:00", issues: issues) { try? Instant(iso8601: $0) }
        }
        let components = reader.required("components").flatMap { element -> [Component]? in
            let list = element.array(issues: issues) ?? []
            if list.isEmpty { element.report("expected at least one component, found none", issues: issues) }
            let parsed = list.compactMap { $0.oneOf(Component.allCases.map(\.rawValue), issues: issues).flatMap(Component.init(rawValue:)) }
            return parsed.count == list.count && !list.isEmpty ? parsed : nil
        }
        let kind = reader.element("kind").flatMap { $0.oneOf(NoticeKind.allCases.map(\.rawValue), issues: issues) }
            .flatMap(NoticeKind.init(rawValue:))
        guard let before, let components else { return nil }
        return .noticePublished(before: before, components: components, kind: kind)
    }

    private func ticketsResolved(_ element: JSONElement) -> Exercise.Check? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let category = reader.required("category").flatMap { $0.oneOf(TicketCategory.allCases.map(\.rawValue), issues: issues) }
        let atLeast = reader.required("atLeast").flatMap { element in
            element.number(expected: "a whole number ≥ 1", issues: issues) { $0 >= 1 && $0 == $0.rounded() && $0 <= 1_000_000 }
        }
        guard let category, let atLeast else { return nil }
        return .ticketsResolved(category: category, atLeast: Int(atLeast))
    }
}
