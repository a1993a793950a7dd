import Portal

/// The page's fixed wording in one language: every label, heading and status name.
///
/// One stored property per phrase, so a phrase missing in either language does not compile.
/// Phrases with values in them are closures.
struct PageText: Sendable {
    let skipLink: String
    let pageTitle: @Sendable (_ portal: String) -> String
    let lastUpdated: String
    let timesIn: @Sendable (_ abbreviation: String, _ zone: String) -> String
    let otherLanguage: String
    let overall: @Sendable (ComponentStatus) -> String
    let currentIncidents: String
    let maintenance: String
    let noMaintenance: String
    let components: String
    let pastIncidents: String
    let noPastIncidents: String
    let affects: String
    let starts: String
    let ends: String
    let repeats: String
    let started: String
    let resolved: String
    let status: @Sendable (ComponentStatus) -> String
    let maintenanceStatus: @Sendable (StatusPage.MaintenanceStatus) -> String
    let incidentStatus: @Sendable (StatusPage.IncidentStatus) -> String
    let component: @Sendable (Component) -> String
    let uptimeSummary: @Sendable (_ percent: String, _ days: Int) -> String
    let uptimeNoData: String
    let dayLabel: @Sendable (_ day: String, _ percent: String, _ worst: String) -> String
    let dayWithoutData: @Sendable (_ day: String) -> String
    let daysAgo: @Sendable (Int) -> String
    let today: String
    let troubleDays: String
    let noTroubleDays: String
    let legend: String
    let noData: String
    let subscribe: String
    let json: String
    let madeBy: String
    /// The decimal separator: a comma in Indonesian, a point in English.
    let decimalSeparator: Character

    /// The wording for `language`.
    static func of(_ language: StatusPage.Language) -> PageText {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }

    /// `share` of `whole` as a percentage with `decimals` places, rounded down, so only a day
    /// with no trouble at all shows 100: `99,3%` or `99.3%`.
    func percent(_ share: TimeSpan, of whole: TimeSpan, decimals: Int = 1) -> String {
        precondition(whole > .zero && decimals >= 0, "a percentage of something, to whole places")
        var scale: Int64 = 100
        for _ in 0..<decimals { scale *= 10 }
        // Milliseconds of 30 days times 10^4 stay far inside Int64.
        let scaled = share.milliseconds * scale / whole.milliseconds
        let digits = String(scaled)
        guard decimals > 0 else { return digits + "%" }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        return "\(padded.dropLast(decimals))\(decimalSeparator)\(padded.suffix(decimals))%"
    }
}
