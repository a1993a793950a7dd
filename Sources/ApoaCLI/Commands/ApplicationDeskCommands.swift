import JSON
import Portal
import World

/// `apoa application new | upload | submit | move | book | attend`: the application rules by
/// hand, at the world clock — what the person does at the portal, what the officer and the
/// portal itself do. A step the rules refuse exits 1 with its reason; its event stays in the log.
enum ApplicationDeskCommands {
    static let new = CommandSpec(
        ["application", "new"],
        summary: "Open a draft application for an account, as the person would at the portal.",
        discussion: """
            Citizens apply for a passport; foreigners for the rest. The account must be verified.
            Kinds: \(ApplicationKind.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
        arguments: [.required("WHO", "username, e-mail, phone number or identity-document number")],
        options: [.value("kind", "K", required: true, "what the person applies for")],
        examples: ["apoa application new jan.devries --kind kitas", "apoa application new ani.wijaya --kind passport"],
        run: runNew)

    static let upload = CommandSpec(
        ["application", "upload"],
        summary: "Upload a document to an application; the portal checks it and stores the result.",
        discussion: """
            Checks, in order: format (the kind's formats), size (the kind's limit), readable, and for a
            passport or stay permit at least six months of validity left. A file that fails is stored
            with the failure; after submission it puts the application in needs-action. Refused and
            not stored: a file over the upload form's limit (\(DocumentUpload.uploadLimitKB) KB for any
            kind), a kind the application does not need, an upload to a closed application.
            Documents: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
        arguments: [.required("ID", "the application's number")],
        options: [
            .value("document", "KIND", required: true, "the document's kind"),
            .value("format", "F", required: true, "pdf, jpg or png"),
            .value("size-kb", "N", required: true, "the file's size in kilobytes"),
            .flag("unreadable", "the scan cannot be read"),
            .value("expires", "TIME", "the expiry printed on a passport or permit, with a zone offset"),
        ],
        examples: [
            "apoa application upload 1 --document photo --format jpg --size-kb 300",
            "apoa application upload 1 --document passport-scan --format pdf --size-kb 800 --expires 2030-01-01T00:00:00+07:00",
        ],
        run: runUpload)

    static let submit = CommandSpec(
        ["application", "submit"],
        summary: "Submit a draft whose required documents have all passed their checks.",
        arguments: [.required("ID", "the application's number")],
        examples: ["apoa application submit 1"],
        run: runSubmit)

    /// The reasons a move can give: those of the workflow table, in its order.
    /// The reasons a move may be made for by hand: those of the workflow's rules, without the
    /// ones only the portal's own observations give (`ApplicationRules.observedReasons`).
    static let moveReasons: [ReasonCode] = ApplicationWorkflow.rules.flatMap(\.reasons).reduce(into: []) { reasons, reason in
        if !reasons.contains(reason), !ApplicationRules.observedReasons.contains(reason) { reasons.append(reason) }
    }

    static let move = CommandSpec(
        ["application", "move"],
        summary: "Move an application through the workflow: review, request a document, approve, reject, withdraw.",
        discussion: """
            Only the moves of the workflow table are allowed ('apoa application show ID' lists the rule
            of each move made). --reason may be left out when the move has only one. An officer asking
            for a document (documents-requested) names it with --document. What the portal observes
            itself is not a move: a failed check comes from 'upload', a missed visit from 'attend',
            a submission from 'submit', and a fixed application goes back to submitted by itself.
            """,
        arguments: [.required("ID", "the application's number")],
        options: [
            .value("to", "STATE", required: true, ApplicationState.allCases.map(\.rawValue).joined(separator: ", ")),
            .value("by", "ACTOR", required: true, "officer, person or system"),
            .value("reason", "R", "why: " + moveReasons.map(\.rawValue).joined(separator: ", ")),
            .value("document", "KIND", "the document asked for, with documents-requested"),
        ],
        examples: [
            "apoa application move 1 --to under-review --by officer",
            "apoa application move 1 --to needs-action --by officer --reason documents-requested --document proof-of-funds",
            "apoa application move 1 --to withdrawn --by person",
        ],
        run: runMove)

    static let book = CommandSpec(
        ["application", "book"],
        summary: "Book an office visit (biometrics or interview) for a submitted application.",
        discussion: """
            Passport and KITAS applications need biometrics, KITAP an interview. Each office takes a
            number of visits a day (its local day in the world's zone): \
            \(Office.allCases.map { "\($0.rawValue) \($0.dailyCapacity)" }.joined(separator: ", ")).
            """,
        arguments: [.required("ID", "the application's number")],
        options: [
            .value("office", "O", required: true, "the immigration office"),
            .value("at", "TIME", required: true, "the slot, with a zone offset; after the world clock"),
        ],
        examples: ["apoa application book 1 --office jakarta-selatan --at 2026-12-03T09:00:00+07:00"],
        run: runBook)

    static let attend = CommandSpec(
        ["application", "attend"],
        summary: "Record that the person came to an appointment (or, with --missed, did not).",
        discussion: "A missed appointment puts the application in needs-action until a new visit is booked.",
        arguments: [.required("ID", "the application's number")],
        options: [
            .value("appointment", "N", required: true, "the appointment's number"),
            .flag("missed", "the person did not come"),
        ],
        examples: ["apoa application attend 1 --appointment 1", "apoa application attend 1 --appointment 1 --missed"],
        run: runAttend)

    static func runNew(_ invocation: inout Invocation) throws {
        let kind: ApplicationKind
        do {
            guard let chosen: ApplicationKind = try invocation.choice("kind") else { throw invocation.usage("missing --kind") }
            kind = chosen
        } catch {
            // The portal refused the kind: that refusal is logged against the account, as any other.
            if let text = invocation.value("kind") {
                try invocation.openWorld().refuseUnknownKind(text, for: try invocation.required("WHO"))
            }
            throw error
        }
        let world = try invocation.openWorld()
        let application = try world.createApplication(for: invocation.required("WHO"), kind: kind)
        try report(application, in: world, to: invocation, """
            created application #\(application.id): \(kind.rawValue) (draft); it needs \
            \(kind.requiredDocuments.map(\.rawValue).joined(separator: ", ")), then 'apoa application submit \(application.id)'
            """)
    }

    static func runUpload(_ invocation: inout Invocation) throws {
        let id = try invocation.applicationID()
        let documentKind: DocumentKind?
        do {
            documentKind = try invocation.choice("document")
        } catch {
            if let text = invocation.value("document") { try invocation.openWorld().refuseUnknownDocument(text, for: id) }
            throw error
        }
        guard let kind = documentKind,
              let format: DocumentFormat = try invocation.choice("format"),
              let size = try invocation.count("size-kb", expected: "a whole number of kilobytes ≥ 1") else {
            throw invocation.usage("missing --document, --format or --size-kb")
        }
        let upload = DocumentUpload(kind: kind, format: format, sizeKB: size, isReadable: !invocation.flag("unreadable"),
                                    expires: try invocation.time("expires"))
        let world = try invocation.openWorld()
        let document = try world.uploadDocument(upload, to: id)
        let application = try world.applicationDetail(id).application
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("document", text.documentJSON(document)),
                ("application", text.applicationJSON(application, visit: try world.visits(of: [application])[application.id], now: try world.now())),
            ]).rendered())
            return
        }
        let result = document.passed ? "ok" : invocation.style.red(document.result.rawValue)
        invocation.say("document #\(document.id): \(kind.rawValue) (\(format.rawValue), \(size) KB) — \(result)")
        if let fix = document.result.fix(for: kind) { invocation.say("  \(fix.english)") }
        invocation.say("application #\(id) is \(application.state.rawValue)")
    }

    static func runSubmit(_ invocation: inout Invocation) throws {
        let id = try invocation.applicationID()
        let world = try invocation.openWorld()
        let application = try world.submitApplication(id)
        try report(application, in: world, to: invocation,
                   "application #\(id) submitted: it waits for an officer (usually within \(application.kind.usualProcessing))")
    }

    static func runMove(_ invocation: inout Invocation) throws {
        let id = try invocation.applicationID()
        guard let state: ApplicationState = try invocation.choice("to"),
              let actor: ApplicationActor = try invocation.choice("by") else { throw invocation.usage("missing --to or --by") }
        let document: DocumentKind? = try invocation.choice("document")
        let reason: ReasonCode
        if let given: ReasonCode = try invocation.choice("reason", among: moveReasons) {
            reason = given
        } else {
            let possible = moveReasons.filter { reason in
                ApplicationWorkflow.rules.contains { $0.to == state && $0.by == actor && $0.reasons.contains(reason) }
            }
            guard let only = possible.first, possible.allSatisfy({ $0 == only }) else {
                throw invocation.usage("--reason: needed for a move to \(state.rawValue) by \(actor.rawValue)"
                    + (possible.isEmpty ? "" : ": one of " + possible.map(\.rawValue).joined(separator: ", ")))
            }
            reason = only
        }
        if reason == .documentsRequested, document == nil {
            throw invocation.usage("--document: needed with documents-requested: the document the officer asks for")
        }
        let world = try invocation.openWorld()
        let before = try world.applicationDetail(id).application.state
        let application = try world.moveApplication(id, to: state, by: actor, reason: reason, document: document)
        try report(application, in: world, to: invocation,
                   "application #\(id): \(before.rawValue) → \(state.rawValue) by \(actor.rawValue) (\(reason.rawValue))")
    }

    static func runBook(_ invocation: inout Invocation) throws {
        let id = try invocation.applicationID()
        guard let office: Office = try invocation.choice("office"), let slot = try invocation.time("at") else {
            throw invocation.usage("missing --office or --at")
        }
        let world = try invocation.openWorld()
        let appointment = try world.bookAppointment(for: id, at: office, slot: slot)
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(text.appointmentJSON(appointment).rendered())
            return
        }
        invocation.say("appointment #\(appointment.id): \(appointment.purpose.rawValue) at \(office.name) on \(text.time(slot))")
    }

    static func runAttend(_ invocation: inout Invocation) throws {
        let id = try invocation.applicationID()
        guard let number = try invocation.count("appointment", expected: "an appointment number like 1") else {
            throw invocation.usage("missing --appointment")
        }
        let world = try invocation.openWorld()
        let appointment = try world.recordAttendance(of: Int64(number), for: id, attended: !invocation.flag("missed"))
        let application = try world.applicationDetail(id).application
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("appointment", text.appointmentJSON(appointment)),
                ("application", text.applicationJSON(application, visit: try world.visits(of: [application])[application.id], now: try world.now())),
            ]).rendered())
            return
        }
        invocation.say("appointment #\(appointment.id): \(appointment.status.rawValue); application #\(id) is \(application.state.rawValue)")
    }

    /// Prints the application as JSON, or `line`.
    private static func report(_ application: Application, in world: WorldStore, to invocation: Invocation, _ line: String) throws {
        if invocation.wantsJSON {
            invocation.print(WorldText(zone: world.zone).applicationJSON(application, visit: try world.visits(of: [application])[application.id], now: try world.now()).rendered())
        } else {
            invocation.say(line)
        }
    }
}
