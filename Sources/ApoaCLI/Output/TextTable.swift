/// Columns aligned under a header, two spaces apart; the last column is not padded.
struct TextTable {
    let header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    func rendered(style: Style = Style(isEnabled: false)) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            // Empty cells at the end of a row leave no trailing spaces behind. Cut by cell: walking
            // the joined line backwards by character took a quarter of `apoa lockouts` with
            // thousands of rows.
            let used = cells.lastIndex { !$0.isEmpty }.map { cells[...$0] } ?? []
            return used.enumerated().map { column, cell in
                column == used.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
        return ([style.bold(line(header))] + rows.map(line)).joined(separator: "\n")
    }
}
