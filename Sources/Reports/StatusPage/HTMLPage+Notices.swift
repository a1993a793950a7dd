import Portal

extension HTMLPage {
    func currentIncidents(_ writer: inout HTMLWriter) {
        let open = input.openIncidents
        guard !open.isEmpty else { return }
        section("current-incidents", title: text.currentIncidents, &writer) { writer in
            for incident in open { self.incident(incident, &writer) }
        }
    }

    func pastIncidents(_ writer: inout HTMLWriter) {
        section("past-incidents", title: text.pastIncidents, &writer) { writer in
            let past = input.pastIncidents
            if past.isEmpty { writer.element("p", text: text.noPastIncidents) }
            for incident in past { self.incident(incident, &writer) }
        }
    }

    func maintenance(_ writer: inout HTMLWriter) {
        section("maintenance", title: text.maintenance, &writer) { writer in
            let windows = input.maintenanceInOrder
            if windows.isEmpty { writer.element("p", text: text.noMaintenance) }
            for window in windows { self.maintenance(window, &writer) }
        }
    }

    private func maintenance(_ window: StatusPage.Maintenance, _ writer: inout HTMLWriter) {
        writer.block("article", [("class", "notice edge-under-maintenance"), ("id", window.anchor)]) { writer in
            writer.block("div", [("class", "row")]) { writer in
                writer.element("h3", text: window.title)
                // Scheduled and in progress share the maintenance colour; the words tell them apart.
                writer.element(
                    "span", [("class", "badge status-under-maintenance")], text: text.maintenanceStatus(window.status))
            }
            if !window.body.isEmpty { writer.element("p", [("class", "body")], text: window.body) }
            writer.block("dl", [("class", "facts")]) { writer in
                fact(text.starts, markup: time(window.starts), &writer)
                fact(text.ends, markup: time(window.ends), &writer)
                if let recurrence = window.recurrence { fact(text.repeats, markup: Markup.escaped(recurrence), &writer) }
                fact(text.affects, markup: Markup.escaped(componentNames(window.components)), &writer)
            }
        }
    }

    private func incident(_ incident: StatusPage.Incident, _ writer: inout HTMLWriter) {
        let status = incident.status
        writer.block("article", [("class", "notice edge-incident-\(status.rawValue)"), ("id", incident.anchor)]) {
            writer in
            writer.block("div", [("class", "row")]) { writer in
                writer.element("h3", text: incident.title)
                writer.element("span", [("class", "badge incident-\(status.rawValue)")], text: text.incidentStatus(status))
            }
            writer.block("dl", [("class", "facts")]) { writer in
                fact(text.started, markup: time(incident.started), &writer)
                if let resolved = incident.resolved { fact(text.resolved, markup: time(resolved), &writer) }
                if !incident.components.isEmpty {
                    fact(text.affects, markup: Markup.escaped(componentNames(incident.components)), &writer)
                }
            }
            let updates = incident.updatesNewestFirst
            guard !updates.isEmpty else { return }
            writer.block("ol", [("class", "updates")]) { writer in
                for update in updates {
                    writer.block("li") { writer in
                        let label = HTMLWriter.inline("strong", text: text.incidentStatus(update.status))
                        writer.element("p", markup: "\(label) · \(time(update.at))")
                        writer.element("p", [("class", "message")], text: update.message)
                    }
                }
            }
        }
    }

    private func fact(_ term: String, markup: String, _ writer: inout HTMLWriter) {
        writer.element("dt", text: term)
        writer.element("dd", markup: markup)
    }
}
