/// A table of a report as plain text cells, so that Markdown and HTML are written from the same
/// value and cannot disagree.
struct ReportTable: Sendable {
    /// Where a column's cells sit: numbers on the right, words on the left.
    enum Alignment: Sendable {
        case left
        case right
    }

    /// What the table shows, in a few words: HTML's `<caption>`, a bold line in Markdown.
    let caption: String
    let header: [String]
    /// One per column; the first column names each row (`<th scope="row">` in HTML).
    let alignments: [Alignment]
    let rows: [[String]]
    /// A last row of totals, set apart (`<tfoot>` in HTML).
    var footer: [String]? = nil

    init(caption: String, header: [String], alignments: [Alignment], rows: [[String]], footer: [String]? = nil) {
        precondition(alignments.count == header.count, "a table needs an alignment per column")
        self.caption = caption
        self.header = header
        self.alignments = alignments
        self.rows = rows
        self.footer = footer
    }

    /// A table whose first column is words and whose other columns are numbers.
    init(caption: String, header: [String], rows: [[String]], footer: [String]? = nil) {
        self.init(caption: caption, header: header, alignments: [.left] + Array(repeating: .right, count: max(0, header.count - 1)),
                  rows: rows, footer: footer)
    }
}

/// A chart of a report: drawn in HTML, left out of Markdown (whose tables hold the same numbers).
enum ReportChart: Sendable {
    case line(LineChart)
    case bars(BarChart)
    case horizontalBars(HorizontalBarChart)
    case timeline(TimelineChart)

    /// The chart's title, shown above it.
    var title: String {
        switch self {
        case .line(let chart): chart.title
        case .bars(let chart): chart.title
        case .horizontalBars(let chart): chart.title
        case .timeline(let chart): chart.title
        }
    }

    /// The `<svg>` element, its ids starting with `id`.
    func svg(id: String) -> String {
        switch self {
        case .line(let chart): chart.svg(id: id)
        case .bars(let chart): chart.svg(id: id)
        case .horizontalBars(let chart): chart.svg(id: id)
        case .timeline(let chart): chart.svg(id: id)
        }
    }
}

/// A section of a report: a heading and its blocks, in order.
struct ReportSection: Sendable {
    /// One piece of a section.
    enum Block: Sendable {
        /// A paragraph of plain text (escaped by each renderer).
        case paragraph(String)
        /// A bulleted list of plain-text items.
        case list([String])
        case table(ReportTable)
        case chart(ReportChart)
    }

    /// The section's anchor: `logins`, so `report.html#logins` links to it.
    let id: String
    let title: String
    var blocks: [Block]
}
