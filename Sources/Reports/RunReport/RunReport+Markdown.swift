extension RunReport {
    /// `report.md`: a title, then each section's heading, paragraphs, lists and tables (a bold
    /// caption line above each). Charts are left out: their numbers are in the tables. Every text
    /// from the world is escaped.
    static func markdown(_ input: Input, sections: [ReportSection]) -> String {
        var text = "# Report: \(MarkdownText.escaped(input.scenario))\n\n"
        if !input.title.isEmpty { text += MarkdownText.escaped(input.title) + "\n\n" }
        for section in sections {
            text += "## \(MarkdownText.escaped(section.title))\n\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    text += MarkdownText.escaped(paragraph) + "\n\n"
                case .list(let items):
                    text += items.map { "- " + MarkdownText.escaped($0) + "\n" }.joined() + "\n"
                case .table(let table):
                    text += "**\(MarkdownText.escaped(table.caption))**\n\n"
                    text += MarkdownText.table(header: table.header, alignments: table.alignments,
                                               rows: table.rows + (table.footer.map { [$0] } ?? []))
                    text += "\n"
                case .chart:
                    continue
                }
            }
        }
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }
}
