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
            let text = cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
            // Empty cells at the end of a row leave no trailing spaces behind.
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        return ([style.bold(line(header))] + rows.map(line)).joined(separator: "\n")
    }
}
