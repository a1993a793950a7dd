import Portal

extension RunReport {
    /// The report's sections in order; Markdown and HTML are both written from these.
    static func sections(_ input: Input) -> [ReportSection] {
        let builder = SectionBuilder(input: input)
        return [
            builder.run(), builder.glance(), builder.logins(), builder.failures(), builder.lockouts(), builder.codes(),
            builder.resets(), builder.tickets(), builder.staffing(), builder.components(), builder.applications(), builder.data(),
        ]
    }
}

/// Makes the sections of one report: the input, how its tables are cut, and the helpers every
/// section uses. Each section is in the file of its topic.
struct SectionBuilder {
    let input: RunReport.Input
    let periods: RunReport.Periods
    /// The hourly axis every chart shares.
    let axis: BandAxis

    /// What a table shows when there is nothing to divide by.
    static let none = "–"

    init(input: RunReport.Input) {
        self.input = input
        periods = RunReport.Periods(input)
        axis = RunReport.hourAxis(input, labels: periods.hourLabels)
    }

    /// `values` summed over the period's hours.
    func sum(_ values: [Double], _ period: RunReport.Period) -> Double {
        period.hours.reduce(0) { $0 + values[$1] }
    }

    /// A count as the report writes it: `1,034`.
    static func count(_ value: Double) -> String {
        NumberText.decimal(value, places: 0, grouping: true)
    }

    /// `part` of `whole` as a percentage, or a dash when `whole` is 0.
    static func share(_ part: Double, of whole: Double) -> String {
        whole > 0 ? NumberText.percent(part / whole) : none
    }

    /// The first hour with the highest value, when any value is above 0.
    func busiest(_ values: [Double]) -> (label: String, value: Double)? {
        guard let best = values.indices.max(by: { values[$0] < values[$1] || (values[$0] == values[$1] && $0 > $1) }),
              values[best] > 0 else { return nil }
        return (periods.hourLabels[best], values[best])
    }

    /// A caption that says what each row is: `Logins per hour`, `Logins per day`.
    func perPeriod(_ what: String) -> String {
        "\(what) per \(periods.noun)"
    }

    /// A table with a row per period of counts from `columns`, a total row, and (with
    /// `skippingEmpty`) no rows whose counts are all 0.
    func countTable(_ caption: String, columns: [(heading: String, values: [Double])], skippingEmpty: Bool = false) -> ReportTable {
        var rows: [[String]] = []
        for period in periods.rows {
            let sums = columns.map { sum($0.values, period) }
            if skippingEmpty, sums.allSatisfy({ $0 == 0 }) { continue }
            rows.append([period.label] + sums.map(Self.count))
        }
        let totals = columns.map { Self.count($0.values.reduce(0, +)) }
        return ReportTable(caption: caption, header: [periods.heading] + columns.map(\.heading), rows: rows, footer: ["total"] + totals)
    }

    /// A sentence saying which rows a table leaves out, when it left any out.
    func skippedNote(_ table: ReportTable, what: String) -> String? {
        guard table.rows.count < periods.rows.count else { return nil }
        return table.rows.isEmpty ? nil : "\(periods.noun.prefix(1).uppercased() + periods.noun.dropFirst())s without \(what) are left out."
    }

    /// A time of the run in the zone, as short as the run allows: `08:00` when the whole run is
    /// on one date, else `2026-12-01 08:00`; seconds when there are any.
    func time(_ instant: Instant) -> String {
        let local = input.zone.local(instant)
        let clock = TimeText.clock(local) + (local.second != 0 ? ":" + (local.second < 10 ? "0" : "") + String(local.second) : "")
        let date = TimeText.date(local)
        return date == periods.onlyDate ? clock : date + " " + clock
    }
}
