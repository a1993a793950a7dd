import Portal

/// Arguments the notice commands share, and how the notice rules' objections to them become
/// usage errors that name the option.
extension Invocation {
    /// The `ID` positional: a notice number (`3` or `#3`).
    func noticeID() throws(CLIError) -> Int64 {
        let text = try required("ID")
        guard let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text), id >= 1 else {
            throw usage("ID: expected a notice number like 3, found '\(text)'")
        }
        return id
    }

    /// Text in both languages from `--NAME-id` and `--NAME-en` (a missing one as empty, for the
    /// rules to name), or nil when neither is given.
    func bilingual(_ name: String) -> UserMessage? {
        let indonesian = value("\(name)-id")
        let english = value("\(name)-en")
        guard indonesian != nil || english != nil else { return nil }
        return UserMessage(id: indonesian ?? "", en: english ?? "")
    }

    /// Runs `body`; a problem the notice rules find in the command line becomes a usage error
    /// naming the option it came from, with times in `zone`.
    func noticeInput<T>(zone: Zone, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch PortalError.noticeRefused(let problem) {
            let option = option(for: problem).map { "--\($0): " } ?? ""
            throw usage(option + problem.describe(in: zone))
        }
    }

    /// The option a problem with the input is about, or nil for one about the notice itself.
    private func option(for problem: NoticeProblem) -> String? {
        switch problem {
        case .missingLanguage(let text, let language), .textTooLong(let text, let language, _):
            return "\(text.rawValue)-\(language.rawValue)"
        case .lineBreakInTitle(let language):
            return "title-\(language.rawValue)"
        case .noComponents, .unknownComponent, .unknownComponentStatus, .duplicateComponent, .componentStatusRequired,
             .componentStatusNotAllowed:
            return "components"
        case .endNotAfterStart, .windowTooLong:
            return value("ends") != nil ? "ends" : "for"
        case .openEndedMaintenance:
            return "for"
        case .incidentInFuture, .alreadyOver:
            return "starts"
        case .malformedRecurrence, .recurringIncident, .recurrenceWithoutLength, .windowsOverlapEachOther:
            return "recur"
        case .countOutOfRange:
            return "count"
        case .recurrenceNeverOccurs:
            return "until"
        case .reasonRequired:
            return "reason"
        case .cancelled, .finished, .statusNotForKind, .maintenanceFollowsClock, .updateOutOfOrder:
            return nil
        }
    }
}
