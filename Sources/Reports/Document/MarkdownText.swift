/// Text for Markdown (CommonMark with GitHub's tables): escaping, and tables written from plain
/// cells.
enum MarkdownText {
    /// `text` escaped so that it shows as written: every character Markdown could read as markup
    /// gets a backslash (CommonMark allows one before any ASCII punctuation), and line breaks
    /// become spaces, so the text stays on its line or in its table cell.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "!", "~":
                out.append("\\")
                out.append(scalar)
            case "\r", "\n":
                out.append(" ")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A GitHub table: the header row, the alignment row, then each row; every cell escaped.
    /// Rows shorter than the header are padded with empty cells.
    static func table(header: [String], alignments: [ReportTable.Alignment], rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: max(0, header.count - cells.count))
            return "| " + padded.map(escaped).joined(separator: " | ") + " |\n"
        }
        var text = line(header)
        text += "|" + header.indices.map { index in
            (index < alignments.count ? alignments[index] : .left) == .right ? " ---: |" : " --- |"
        }.joined() + "\n"
        for row in rows { text += line(row) }
        return text
    }
}
