import Portal

extension StatusPage {
    /// `index.html`: the whole page in `input.language`, with no script and nothing loaded from
    /// elsewhere (the style sheet is inline, the bars are inline SVG).
    ///
    /// Sections, each under an `<h2>` below the page's one `<h1>`: current incidents (only when
    /// there are some), maintenance (in progress, then scheduled, by start), components (status
    /// and 30-day bars, in the order given) and past incidents (newest first). Every status is
    /// written in words beside its colour; every time is a `<time datetime>` in the input's zone.
    public static func html(_ input: Input) -> String {
        let page = HTMLPage(input: input)
        var writer = HTMLWriter()
        writer.raw("<!DOCTYPE html>")
        writer.block("html", [("lang", input.language.rawValue)]) { writer in
            page.head(&writer)
            writer.block("body") { writer in
                writer.element("a", [("class", "skip"), ("href", "#main")], text: page.text.skipLink)
                page.header(&writer)
                writer.block("main", [("id", "main")]) { writer in
                    page.banner(&writer)
                    page.currentIncidents(&writer)
                    page.maintenance(&writer)
                    page.components(&writer)
                    page.pastIncidents(&writer)
                }
                page.footer(&writer)
            }
        }
        return writer.text
    }
}

/// The parts of `index.html`, each writing itself.
struct HTMLPage {
    let input: StatusPage.Input
    let text: PageText

    init(input: StatusPage.Input) {
        self.input = input
        text = PageText.of(input.language)
    }

    func head(_ writer: inout HTMLWriter) {
        writer.block("head") { writer in
            writer.void("meta", [("charset", "utf-8")])
            writer.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
            // The page runs nothing and loads nothing; saying so lets a browser refuse anything else.
            writer.void("meta", [
                ("http-equiv", "Content-Security-Policy"),
                ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
            ])
            writer.element("title", text: text.pageTitle(input.portalName))
            // An empty icon, so a browser does not ask the server for /favicon.ico.
            writer.void("link", [("rel", "icon"), ("href", "data:,")])
            writer.void("link", [
                ("rel", "alternate"), ("type", "application/atom+xml"), ("href", "feed.atom"),
                ("title", text.pageTitle(input.portalName)),
            ])
            if let other = input.otherLanguageURL {
                writer.void("link", [("rel", "alternate"), ("hreflang", otherLanguage.rawValue), ("href", other)])
            }
            writer.block("style") { writer in
                for rule in StyleSheet.css.split(separator: "\n") { writer.raw(String(rule)) }
            }
        }
    }

    func header(_ writer: inout HTMLWriter) {
        writer.block("header") { writer in
            if let other = input.otherLanguageURL {
                let link = HTMLWriter.inline(
                    "a", [("href", other), ("hreflang", otherLanguage.rawValue), ("lang", otherLanguage.rawValue)],
                    text: text.otherLanguage)
                writer.element("p", [("class", "language")], markup: link)
            }
            writer.element("h1", text: text.pageTitle(input.portalName))
            let zone = Markup.escaped(
                text.timesIn(input.zone.abbreviation(at: input.generated), input.zone.identifier))
            writer.element(
                "p", [("class", "meta")],
                markup: "\(Markup.escaped(text.lastUpdated)) \(time(input.generated)). \(zone)")
        }
    }

    func banner(_ writer: inout HTMLWriter) {
        let status = input.overallStatus
        writer.element("p", [("class", "banner status-\(status.rawValue)")], text: text.overall(status))
    }

    func footer(_ writer: inout HTMLWriter) {
        writer.block("footer") { writer in
            let feed = HTMLWriter.inline("a", [("href", "feed.atom"), ("type", "application/atom+xml")], text: text.subscribe)
            let json = HTMLWriter.inline("a", [("href", "status.json"), ("type", "application/json")], text: text.json)
            writer.element("p", markup: "\(feed) · \(json)")
            writer.element("p", text: text.madeBy)
        }
    }

    /// `<time datetime="2026-12-01T09:30:00+07:00">2026-12-01 09:30 WIB</time>`.
    func time(_ instant: Instant) -> String {
        HTMLWriter.inline("time", [("datetime", instant.iso8601(in: input.zone))], text: instant.display(in: input.zone))
    }

    /// A status in words on its colour.
    func badge(_ status: ComponentStatus) -> String {
        HTMLWriter.inline("span", [("class", "badge status-\(status.rawValue)")], text: text.status(status))
    }

    /// The components' names joined with commas.
    func componentNames(_ components: [Component]) -> String {
        components.map(text.component).joined(separator: ", ")
    }

    /// The section's heading, with an `id` the section points at for its accessible name.
    func section(_ id: String, title: String, _ writer: inout HTMLWriter, _ body: (inout HTMLWriter) -> Void) {
        writer.block("section", [("aria-labelledby", id)]) { writer in
            writer.element("h2", [("id", id)], text: title)
            body(&writer)
        }
    }

    private var otherLanguage: StatusPage.Language {
        input.language == .indonesian ? .english : .indonesian
    }
}
