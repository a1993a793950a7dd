import Portal

/// What an application refusal means, said about the application it happened to: the text of
/// `WorldError.applicationRefused`.
enum RefusalText {
    static func error(_ reason: ReasonCode, _ why: String) -> WorldError {
        .applicationRefused(reason, why: why)
    }

    /// A refused move: what the workflow allows from the state instead.
    static func transition(_ application: Application, to state: ApplicationState, by actor: ApplicationActor,
                           reason: ReasonCode) -> String {
        let allowed = ApplicationWorkflow.rules.filter { $0.from == application.state }
            .map { "\($0.to.rawValue) by \($0.by.rawValue) (\($0.reasons.map(\.rawValue).joined(separator: "|")))" }
        return "the workflow does not let the \(actor.rawValue) move application #\(application.id) from "
            + "\(application.state.rawValue) to \(state.rawValue) for \(reason.rawValue); "
            + (allowed.isEmpty ? "nothing more can happen to it" : "allowed from \(application.state.rawValue): "
                + allowed.joined(separator: ", "))
    }

    /// Any other refusal, in words, with the application's particulars.
    static func meaning(_ reason: ReasonCode, application: Application? = nil, kind: ApplicationKind? = nil,
                        document: DocumentKind? = nil) -> String {
        let number = application.map { "application #\($0.id)" } ?? "the application"
        let kind = kind ?? application?.kind
        switch reason {
        case .notEligible:
            return kind == .passport ? "only citizens may apply for a passport"
                : "citizens may apply only for a passport; \(kind?.rawValue ?? "this kind") is for foreigners"
        case .unverifiedIdentity: return "the account's identity is not verified, so it may not apply"
        case .applicationClosed:
            return "\(number) is \(application?.state.rawValue ?? "closed"): nothing more can be done to it"
        case .documentNotRequired:
            let required = kind?.requiredDocuments.map(\.rawValue).joined(separator: ", ") ?? ""
            return "\(number) (\(kind?.rawValue ?? "")) neither requires nor was asked for a \(document?.rawValue ?? "document")"
                + " (it requires \(required))"
        case .uploadTooLarge:
            return "the file is over the upload form's limit of \(DocumentUpload.uploadLimitKB) KB for any document"
        case .documentsIncomplete:
            return "every required document must pass its checks before submitting; missing: \(document?.rawValue ?? "?")"
        case .transitionNotAllowed:
            return "\(number) is \(application?.state.rawValue ?? "in another state"); the workflow does not allow this step now"
        case .noAppointmentNeeded:
            let name = kind?.rawValue ?? "this"
            return "\(name.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(name) application needs no office visit"
        case .appointmentInPast: return "the slot must be after the world clock"
        case .officeFull: return "the office has every appointment of that day booked"
        default:
            // A component that is down (the desk never sees one yet) or a reason added later.
            return "the portal refused it (\(reason.rawValue))"
        }
    }
}
