import Portal
import World

/// Whether an application waits for the person (`application-needs-action`: a document to
/// upload again, a visit to book) or has waited on the office longer than its kind usually
/// takes (`application-stuck`), from the world's attention hook.
enum ApplicationAttentionRules: DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding] {
        facts.evidence.applications.map { attention in
            if attention.isStuck { return stuck(facts, attention) }
            if let purpose = attention.visitToBook { return visit(facts, attention, purpose) }
            return needsAction(facts, attention)
        }
    }

    private static func name(_ application: Application) -> String {
        "\(application.kind.rawValue) application #\(application.id)"
    }

    private static func needsAction(_ facts: DiagnosisFacts, _ attention: ApplicationAttention) -> RankedFinding {
        let application = attention.application
        let deadline = application.stateSince + ApplicationWorkflow.actionDeadline
        var evidence = ["needs-action since \(facts.time(application.stateSince)); rejected if nothing is fixed by \(facts.time(deadline))"]
        for needed in attention.actionNeeded {
            let item = needed.item
            var line = "\(item.document?.rawValue ?? "appointment"): \(item.reason.rawValue) since \(facts.time(item.since))"
            if let upload = needed.failedUpload {
                line += " (uploaded \(upload.upload.format.rawValue), \(upload.upload.sizeKB) KB at \(facts.time(upload.uploadedAt)))"
            }
            evidence.append(line)
        }
        let what = attention.actionNeeded.compactMap { $0.item.document?.rawValue }
        let fixes = attention.actionNeeded.map { "“\($0.item.fix.english)”" }.joined(separator: " ")
        let finding = Finding(
            .applicationNeedsAction,
            summary: "The \(name(application)) waits for the person: "
                + (what.isEmpty ? "an office visit to book again." : "\(what.joined(separator: ", ")) to upload again."),
            evidence: evidence,
            action: "Tell \(facts.username): \(fixes) Do it before \(facts.time(deadline)); details: apoa application show \(application.id).")
        return RankedFinding(finding, .afterLogin, at: application.stateSince)
    }

    private static func visit(_ facts: DiagnosisFacts, _ attention: ApplicationAttention, _ purpose: AppointmentPurpose) -> RankedFinding {
        let application = attention.application
        let finding = Finding(
            .applicationNeedsAction,
            summary: "The \(name(application)) waits for the person to book a \(purpose.rawValue) visit at an office.",
            evidence: ["\(application.state.rawValue) since \(facts.time(application.stateSince)); no \(purpose.rawValue) visit booked"],
            action: "Tell \(facts.username) to book a \(purpose.rawValue) visit in the portal "
                + "(or book it for them: apoa application book \(application.id) --help).")
        return RankedFinding(finding, .afterLogin, at: application.stateSince)
    }

    private static func stuck(_ facts: DiagnosisFacts, _ attention: ApplicationAttention) -> RankedFinding {
        let application = attention.application
        let waiting = attention.waiting ?? .zero
        let finding = Finding(
            .applicationStuck,
            summary: "The \(name(application)) has waited on the office longer than usual; there is nothing for the person to do.",
            evidence: ["\(application.state.rawValue) since \(facts.time(application.stateSince)); submitted \(facts.span(waiting)) ago, "
                + "usually decided within \(application.kind.usualProcessing)"],
            action: "Escalate to the immigration office with the application number; details: apoa application show \(application.id).")
        return RankedFinding(finding, .elsewhere, at: application.stateSince)
    }
}
