extension RunReport {
    /// `report.html`: one self-contained page in English — inline CSS, inline SVG charts, no
    /// script, nothing loaded from elsewhere — with a skip link, one `h1`, a heading per section,
    /// a list of sections, and tables with captions and header cells. It is well-formed XML too.
    static func html(_ input: Input, sections: [ReportSection]) -> String {
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>")
        page.block("html", [("lang", "en")]) { html in
            html.block("head") { head in
                head.void("meta", [("charset", "utf-8")])
                head.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                head.element("title", text: "Report: \(input.scenario)")
                head.element("style", markup: "\n" + ReportStyleSheet.css + "\n")
            }
            html.block("body") { body in
                body.element("a", [("class", "skip"), ("href", "#main")], text: "Skip to the report")
                body.block("header") { header in
                    header.element("h1", text: "Report: \(input.scenario)")
                    if !input.title.isEmpty { header.element("p", [("class", "lede")], text: input.title) }
                    header.block("nav", [("aria-label", "Sections")]) { nav in
                        nav.block("ul", [("class", "toc")]) { list in
                            for section in sections {
                                list.element("li", markup: HTMLWriter.inline("a", [("href", "#\(section.id)")], text: section.title))
                            }
                        }
                    }
                }
                var numbering = Numbering()
                body.block("main", [("id", "main")]) { main in
                    for section in sections {
                        main.block("section", [("aria-labelledby", section.id)]) { part in
                            part.element("h2", [("id", section.id)], text: section.title)
                            for block in section.blocks { write(block, into: &part, numbering: &numbering) }
                        }
                    }
                }
                body.block("footer") { footer in
                    footer.element("p", text: "Written by apoa report from the world of \(input.scenario), seed \(input.seed), "
                        + "digest \(input.digest). The same world gives the same bytes.")
                }
            }
        }
        return page.text
    }

    /// Numbers for the ids of charts and tables, in document order.
    private struct Numbering {
        var charts = 0
        var tables = 0
    }

    private static func write(_ block: ReportSection.Block, into part: inout HTMLWriter, numbering: inout Numbering) {
        switch block {
        case .paragraph(let text):
            part.element("p", text: text)
        case .list(let items):
            part.block("ul") { list in
                for item in items { list.element("li", text: item) }
            }
        case .table(let table):
            numbering.tables += 1
            write(table, id: "table-\(numbering.tables)", into: &part)
        case .chart(let chart):
            numbering.charts += 1
            let id = "chart-\(numbering.charts)"
            // Focusable, so a keyboard can scroll a chart that is wider than a phone.
            part.block("figure", [("class", "chart"), ("tabindex", "0"), ("aria-labelledby", "\(id)-title")]) { figure in
                figure.element("figcaption", [("aria-hidden", "true")], text: chart.title)
                for line in chart.svg(id: id).split(separator: "\n") { figure.raw(String(line)) }
            }
        }
    }

    /// A table in a region that scrolls sideways on a narrow screen (focusable, named by the
    /// caption, so a keyboard can scroll it too).
    private static func write(_ table: ReportTable, id: String, into part: inout HTMLWriter) {
        func cells(_ row: [String], header: Bool) -> String {
            row.enumerated().map { index, cell in
                let numeric = index < table.alignments.count && table.alignments[index] == .right
                let attributes: HTMLWriter.Attributes = (header || index == 0 ? [("scope", header ? "col" : "row")] : [])
                    + (numeric ? [("class", "num")] : [])
                return HTMLWriter.inline(header || index == 0 ? "th" : "td", attributes, text: cell)
            }.joined()
        }
        part.block("div", [("class", "table"), ("role", "region"), ("aria-labelledby", id), ("tabindex", "0")]) { region in
            region.block("table") { element in
                element.element("caption", [("id", id)], text: table.caption)
                element.block("thead") { head in head.element("tr", markup: cells(table.header, header: true)) }
                element.block("tbody") { body in
                    for row in table.rows { body.element("tr", markup: cells(row, header: false)) }
                }
                if let footer = table.footer {
                    element.block("tfoot") { foot in foot.element("tr", markup: cells(footer, header: false)) }
                }
            }
        }
    }
}
