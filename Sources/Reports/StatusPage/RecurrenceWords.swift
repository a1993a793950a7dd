import Portal

/// A recurring window in words, in the page's language: `Every Sunday, 01:00–03:00 WIB` /
/// `Setiap Minggu, 01.00–03.00 WIB`.
enum RecurrenceWords {
    static func text(_ recurrence: Recurrence, window: NoticeWindow, in language: Language, zone: Zone) -> String {
        let isIndonesian = language == .indonesian
        let rule: String
        switch recurrence.frequency {
        case .daily:
            rule = isIndonesian ? "Setiap hari" : "Every day"
        case .weekly(let days):
            let names = days.map { isIndonesian ? indonesianName($0) : $0.name.prefix(1).uppercased() + $0.name.dropFirst() }
            let and = isIndonesian ? " dan " : " and "
            rule = (isIndonesian ? "Setiap " : "Every ")
                + (names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + and + (names.last ?? ""))
        case .monthly(let day):
            rule = isIndonesian ? "Setiap bulan pada tanggal \(day)" : "Monthly on day \(day)"
        }
        // The window's local times in the zone the windows repeat in, as people there read them.
        let start = recurrence.zone.local(window.starts)
        let end = recurrence.zone.local(window.ends ?? window.starts)
        let separator = isIndonesian ? "." : ":"
        func clock(_ time: LocalDateTime) -> String {
            (time.hour < 10 ? "0" : "") + "\(time.hour)" + separator + (time.minute < 10 ? "0" : "") + "\(time.minute)"
        }
        return "\(rule), \(clock(start))–\(clock(end)) \(recurrence.zone.abbreviation(at: window.starts))"
    }

    private static func indonesianName(_ day: Weekday) -> String {
        switch day {
        case .monday: "Senin"
        case .tuesday: "Selasa"
        case .wednesday: "Rabu"
        case .thursday: "Kamis"
        case .friday: "Jumat"
        case .saturday: "Sabtu"
        case .sunday: "Minggu"
        }
    }
}
