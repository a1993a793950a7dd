import JSON
import Portal

extension ScenarioDecoder {
    /// The `components` object, keyed by component name; each value may set
    /// `capacityPerSecond` (above 0, or null for no limit), `latency` (0s to 10m), `mtbf` (or
    /// null: no random failures) and `mttr`. Whatever is not set keeps
    /// `ComponentSpec.standard`. The result is indexed by `Component.index`.
    func components(_ reader: inout JSONObjectReader) -> [ComponentSpec] {
        var specs = Component.allCases.map(ComponentSpec.standard)
        for (key, element) in reader.entries() {
            guard let component = Component(rawValue: key) else {
                let names = Component.allCases.map(\.rawValue)
                let hint = closestMatch(to: key, among: names).map { " (did you mean '\($0)'?)" }
                    ?? ": expected one of \(names.joined(separator: ", "))"
                issues.add("unknown component '\(key)'\(hint)", path: reader.path, line: reader.line(of: key))
                continue
            }
            specs[component.index] = componentSpec(element, standard: specs[component.index])
        }
        return specs
    }

    private func componentSpec(_ element: JSONElement, standard: ComponentSpec) -> ComponentSpec {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        var spec = standard
        if let capacity = reader.element("capacityPerSecond") {
            if case .null = capacity.node.kind {
                spec.capacityPerSecond = nil
            } else if let value = capacity.number(
                expected: "a number above 0, or null for no limit", issues: issues, accepts: { $0 > 0 }) {
                spec.capacityPerSecond = value
            }
        }
        spec.latency = duration(&reader, "latency", .latency) ?? spec.latency
        if let mtbf = reader.element("mtbf") {
            if case .null = mtbf.node.kind {
                spec.mtbf = nil
            } else if let value = duration(mtbf, .meanTimeBetweenFailures) {
                spec.mtbf = value
            }
        }
        spec.mttr = duration(&reader, "mttr", .positive) ?? spec.mttr
        return spec
    }

    /// The statuses an incident may set: every one but `operational`.
    private static let incidentStatuses = ComponentStatus.allCases.filter { $0 != .operational }.map(\.rawValue)

    /// One of `incidents`: `at`, `component`, `status` (not `operational`) and `for`, all required.
    func incident(_ element: JSONElement) -> IncidentSpec? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let at = requiredTime(&reader, "at")
        let component = reader.required("component").flatMap(component)
        let status = reader.required("status")
            .flatMap { $0.oneOf(Self.incidentStatuses, issues: issues) }
            .flatMap(ComponentStatus.init(rawValue:))
        let span = reader.required("for").flatMap { duration($0, .positive) }
        guard let at, let component, let status, let span else { return nil }
        return IncidentSpec(at: at, component: component, status: status, duration: span)
    }

    /// One of `maintenance`: `starts`, `for` and `components` (at least one, none twice)
    /// required; `announce` (the lead time; absent: unannounced), `notice` (`id` and `en` texts,
    /// only with `announce`) and `seenBy` (0 to 1, default 0.5).
    func maintenance(_ element: JSONElement) -> MaintenanceSpec? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let starts = requiredTime(&reader, "starts")
        let span = reader.required("for").flatMap { duration($0, .positive) }
        let components = reader.required("components").flatMap(componentList)
        let announce = duration(&reader, "announce", .nonNegative)
        var notice: NoticeText?
        let noticeElement = reader.element("notice")
        if let element = noticeElement {
            var texts = element.object(issues: issues)
            let indonesian = texts.required(Language.indonesian.rawValue).flatMap(noticeText)
            let english = texts.required(Language.english.rawValue).flatMap(noticeText)
            texts.finish()
            if !reader.has("announce") {
                element.report("a notice needs announce (how long before the window it is published)", issues: issues)
            }
            if let indonesian, let english { notice = NoticeText(indonesian: indonesian, english: english) }
        }
        let seenBy = reader.double("seenBy", default: 0.5, in: 0...1)
        guard let starts, let span, let components else { return nil }
        // The world stores an announced window as a published notice: the notice rules must accept it.
        if let notice, let announce, let element = noticeElement {
            do throws(PortalError) {
                _ = try Notice.publish(MaintenanceSpec.draft(notice, starts: starts, duration: span, components: components),
                                       id: 1, at: starts - announce, by: "scenario")
            } catch {
                element.report("not a notice the portal would publish: \(error)", issues: issues)
            }
        }
        return MaintenanceSpec(
            starts: starts, duration: span, components: components, announce: announce, notice: notice, seenBy: seenBy)
    }

    private func component(_ element: JSONElement) -> Component? {
        element.oneOf(Component.allCases.map(\.rawValue), issues: issues).flatMap(Component.init(rawValue:))
    }

    private func componentList(_ element: JSONElement) -> [Component]? {
        guard let elements = element.array(issues: issues) else { return nil }
        guard !elements.isEmpty else {
            element.report("expected at least one component, found none", issues: issues)
            return nil
        }
        var components: [Component] = []
        var paths: [Component: String] = [:]
        for item in elements {
            guard let component = component(item) else { continue }
            if let first = paths[component] {
                item.report("'\(component.rawValue)' is already \(first)", issues: issues)
                continue
            }
            paths[component] = item.path
            components.append(component)
        }
        return components.count == elements.count ? components : nil
    }

    private func noticeText(_ element: JSONElement) -> String? {
        element.value(expected: "the notice's text, 1 to 2000 characters", issues: issues) { text in
            (1...2000).contains(text.count) ? text : nil
        }
    }
}
