import Portal

/// The report of a simulated run: `report.md`, `report.html` (inline SVG charts, no script) and
/// CSV series, rendered from a plain ``Input``.
///
/// Rendering is pure: the same input gives the same bytes, with no clock, locale or dictionary
/// order in them. Markdown and HTML are written from the same sections (``ReportSection``), so
/// their tables agree; the HTML adds charts of every hour.
public enum RunReport {
    /// A kind of output file.
    public enum Format: String, CaseIterable, Sendable {
        /// `report.md`.
        case markdown = "md"
        /// `report.html`.
        case html
        /// The CSV series: `logins.csv`, `tickets.csv`, …
        case csv
    }

    /// One file of the report: its name in the output directory and its text.
    public struct File: Equatable, Sendable {
        /// `report.md`, `report.html`, `logins.csv`, …
        public let name: String
        /// The whole file, UTF-8.
        public let contents: String
    }

    /// The service level the agents-needed figures aim at: 80% of tickets taken up within 60 s
    /// (Erlang C). A desk that answers e-mail and forms as well as the hotline is rarely held to a
    /// phone queue's 20 s, and a minute keeps the figure comparable across channels.
    public static let staffingTarget = Staffing.Target(share: 0.8, seconds: 60)

    /// Runs longer than this many hours show a row per day in the report's tables (each hour
    /// stays in the charts and the CSV files).
    public static let hourlyTableLimit = 24

    /// The files of `formats` for `input`: `report.md`, then `report.html`, then the CSV files
    /// by name, whatever order `formats` lists them in.
    public static func files(for input: Input, formats: Set<Format>) -> [File] {
        var files: [File] = []
        let needsSections = formats.contains(.markdown) || formats.contains(.html)
        let report = needsSections ? sections(input) : []
        if formats.contains(.markdown) { files.append(File(name: "report.md", contents: markdown(input, sections: report))) }
        if formats.contains(.html) { files.append(File(name: "report.html", contents: html(input, sections: report))) }
        if formats.contains(.csv) { files += csvFiles(input) }
        return files
    }
}
