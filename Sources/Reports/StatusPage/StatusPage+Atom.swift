import Foundation
import Portal

extension StatusPage {
    /// `feed.atom`: an Atom 1.0 feed (RFC 4287) in `input.language`, one entry per maintenance
    /// notice and one per incident update, newest first.
    ///
    /// Identifiers are `tag:` URIs (RFC 4151) under the host of `input.siteURL` and the year
    /// 2026, with the language in them, such as
    /// `tag:status.apoa.example,2026:en/incident/17/update/2`: the same notice keeps its entry
    /// identifier across regenerations, and the two languages' feeds do not share one. Update
    /// numbers count from 1 in the order posted. The feed's `updated` is its newest entry's, or
    /// the page's `generated` time when there are no entries.
    public static func atom(_ input: Input) -> String {
        let feed = AtomFeed(input: input)
        let entries = feed.entries()
        let updated = entries.first?.updated ?? input.generated
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(input.language.rawValue)">"#,
            "  <id>\(Markup.escaped(feed.tag("status")))</id>",
            "  <title>\(Markup.escaped(feed.text.pageTitle(input.portalName)))</title>",
            "  <updated>\(updated.iso8601(in: input.zone))</updated>",
            #"  <link rel="self" type="application/atom+xml" href="\#(Markup.escaped(input.siteURL + "feed.atom"))"/>"#,
            #"  <link rel="alternate" type="text/html" href="\#(Markup.escaped(input.siteURL))"/>"#,
            "  <author><name>\(Markup.escaped(input.portalName))</name></author>",
            "  <generator>APOA Desk</generator>",
        ]
        for entry in entries {
            lines += [
                #"  <entry xml:lang="\#(input.language.rawValue)">"#,
                "    <id>\(Markup.escaped(entry.id))</id>",
                "    <title>\(Markup.escaped(entry.title))</title>",
                "    <updated>\(entry.updated.iso8601(in: input.zone))</updated>",
                #"    <link rel="alternate" type="text/html" href="\#(Markup.escaped(input.siteURL + "#" + entry.anchor))"/>"#,
                #"    <content type="text">\#(Markup.escaped(entry.content))</content>"#,
                "  </entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The entries of the feed, made from the input.
struct AtomFeed {
    /// One `<entry>` before it is written.
    struct Entry {
        let id: String
        let title: String
        let updated: Instant
        let anchor: String
        let content: String
    }

    let input: StatusPage.Input
    let text: PageText

    init(input: StatusPage.Input) {
        self.input = input
        text = PageText.of(input.language)
    }

    /// `tag:HOST,2026:LANG/specific`.
    func tag(_ specific: String) -> String {
        // The year only needs to be one in which the host was ours; it must never change.
        let host = URL(string: input.siteURL)?.host ?? URL(string: StatusPage.Input.defaultSiteURL)?.host ?? "apoa.example"
        return "tag:\(host.lowercased()),2026:\(input.language.rawValue)/\(specific)"
    }

    /// Every entry, newest first; the identifier breaks ties so the order is total.
    func entries() -> [Entry] {
        var entries = input.maintenance.map(maintenanceEntry)
        for incident in input.incidents { entries += incidentEntries(incident) }
        return entries.sorted { ($0.updated, $1.id) > ($1.updated, $0.id) }
    }

    private func maintenanceEntry(_ window: StatusPage.Maintenance) -> Entry {
        var content = [window.body].filter { !$0.isEmpty }
        content.append("\(text.starts): \(window.starts.display(in: input.zone))")
        content.append("\(text.ends): \(window.ends.display(in: input.zone))")
        if let recurrence = window.recurrence { content.append("\(text.repeats): \(recurrence)") }
        content.append("\(text.affects): \(componentNames(window.components))")
        return Entry(
            id: tag("maintenance/\(Markup.percentEncoded(window.id))"),
            title: "\(text.maintenance): \(window.title) (\(text.maintenanceStatus(window.status)))",
            updated: window.updated, anchor: window.anchor, content: content.joined(separator: "\n"))
    }

    private func incidentEntries(_ incident: StatusPage.Incident) -> [Entry] {
        let base = "incident/\(Markup.percentEncoded(incident.id))"
        let affects = "\(text.affects): \(componentNames(incident.components))"
        // Numbered in the order posted, which is the reverse of the page's order.
        let posted = Array(incident.updatesNewestFirst.reversed())
        guard !posted.isEmpty else {
            return [Entry(
                id: tag(base), title: "\(text.incidentStatus(.investigating)): \(incident.title)",
                updated: incident.started, anchor: incident.anchor, content: affects)]
        }
        return posted.enumerated().map { index, update in
            Entry(
                id: tag("\(base)/update/\(index + 1)"), title: "\(text.incidentStatus(update.status)): \(incident.title)",
                updated: update.at, anchor: incident.anchor, content: update.message + "\n" + affects)
        }
    }

    private func componentNames(_ components: [Component]) -> String {
        components.map(text.component).joined(separator: ", ")
    }
}
