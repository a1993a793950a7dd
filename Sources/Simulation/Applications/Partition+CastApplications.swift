import Portal

/// The cast's application verbs, through the same rules as everyone's.
///
/// `submit-application` opens a draft of its kind (an application the member already has
/// stays as it stands). `upload-document` uploads to the member's newest application (one
/// that is closed refuses it, `application-closed`, as the portal would; with none, the step
/// does nothing), and a draft whose every required
/// document has then passed is submitted at once, in the same instant: a script files an
/// application with one `submit-application` and one upload per required document. A member
/// is not asked to log in first: the script says what happens, not how they got there.
extension Partition {
    func castOpen(_ kind: ApplicationKind, _ local: UInt32, at: Int64, random: inout RandomStream) {
        switch open(kind, for: local, at: at, actor: .cast, random: &random) {
        case .outage: castTrouble[local] = "service-outage"
        default: castTrouble[local] = nil
        }
    }

    func castUpload(_ upload: DocumentUpload, _ local: UInt32, at: Int64, random: inout RandomStream) {
        guard var file = ledger.files[local] else { return }
        recorder.actor = .cast
        let before = file.application.state
        var trouble: String?
        if case .failure(let refusal) = send(upload, to: &file, local, at: at, readAt: at, random: &random) {
            trouble = refusal.reason.isOutage ? "service-outage" : nil
        }
        if file.application.state == .draft, file.missingDocument == nil,
           case .outage = submit(&file, local, at: at, random: &random) {
            trouble = "service-outage"
        }
        if file.application.state == .submitted, before != .submitted {
            scheduleReview(&file, local, from: at, random: &random)
        }
        if file.application.state == .needsAction { trouble = "application-needs-action" }
        castTrouble[local] = trouble
        ledger.files[local] = file
    }
}
