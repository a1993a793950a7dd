import Helpdesk
import JSON
import Portal
import World

/// `apoa notice update | cancel`: what the desk says about a published notice, and calling it off.
/// Supervisors and admins; each is one audit line; a refusal exits 1, changes nothing and is audited.
enum NoticeChangeCommands {
    static let update = CommandSpec(
        ["notice", "update"],
        summary: "Post a timed update to a notice: a status and a message in both languages.",
        discussion: """
            An incident moves by its updates: investigating, identified, monitoring, resolved. It holds its
            components at their statuses while investigating or identified; from monitoring on they answer again.
            Any order is allowed until resolved (a fix that does not hold goes back to identified); resolved is final.
            Maintenance moves by the clock: an update repeats the status the clock gives (scheduled or in-progress,
            as a message), or says completed during a window to end it early. A cancelled, completed or resolved
            notice takes no updates.
            """,
        arguments: [.required("ID", "the notice's number")],
        options: [
            .value("status", "STATUS", required: true, "scheduled, in-progress, completed (maintenance); investigating, identified, monitoring, resolved (incident)"),
            .value("message-id", "TEXT", required: true, "what people are told, in Indonesian"),
            .value("message-en", "TEXT", required: true, "the same in English"),
        ],
        examples: [
            "apoa notice update 2 --status identified --message-id 'Penyebab gangguan telah ditemukan.' --message-en 'The cause has been found.'",
            "apoa notice update 1 --status completed --message-id 'Pemeliharaan selesai lebih awal.' --message-en 'Maintenance finished early.'",
        ],
        run: { invocation in
            let id = try invocation.noticeID()
            if invocation.value("status") == NoticeStatus.cancelled.rawValue {
                throw invocation.usage("--status: to cancel a notice use 'apoa notice cancel ID --reason TEXT'")
            }
            let statuses = NoticeStatus.allCases.filter { $0 != .cancelled }
            guard let status = try invocation.choice("status", among: statuses) else { throw invocation.usage("missing --status") }
            let message = invocation.bilingual("message") ?? UserMessage(id: "", en: "")
            let world = try invocation.openWorld()
            let desk = try invocation.desk(world)
            let before = try? world.notice(id)
            let notice = try invocation.noticeInput(zone: world.zone) { try desk.updateNotice(id, status: status, message: message) }
            let now = try world.now()
            if invocation.wantsJSON {
                invocation.print(WorldText(zone: world.zone).noticeJSON(notice, now: now).rendered())
                return
            }
            let was = before.map { $0.status(at: now) }
            invocation.say("notice #\(id): \(notice.status(at: now).rawValue)"
                + (was.map { $0 == notice.status(at: now) ? "" : " (was \($0.rawValue))" } ?? "")
                + "; update posted at \(WorldText(zone: world.zone).time(now))")
        })

    static let cancel = CommandSpec(
        ["notice", "cancel"],
        summary: "Cancel a notice: from now on it is cancelled and imposes nothing.",
        discussion: """
            For maintenance that will not happen (or stops now) and an incident published by mistake. A cancelled,
            completed or resolved notice cannot be cancelled; a resolved incident needs no cancelling.
            """,
        arguments: [.required("ID", "the notice's number")],
        options: [.value("reason", "TEXT", required: true, "why, for the desk's record")],
        examples: [#"apoa notice cancel 1 --reason "the vendor moved the upgrade to next week""#],
        run: { invocation in
            let id = try invocation.noticeID()
            let reason = try invocation.required("reason")
            let world = try invocation.openWorld()
            let desk = try invocation.desk(world)
            let before = try? world.notice(id)
            let notice = try invocation.noticeInput(zone: world.zone) { try desk.cancelNotice(id, reason: reason) }
            let now = try world.now()
            if invocation.wantsJSON {
                invocation.print(WorldText(zone: world.zone).noticeJSON(notice, now: now).rendered())
                return
            }
            invocation.say("notice #\(id): cancelled" + (before.map { " (was \($0.status(at: now).rawValue))" } ?? ""))
        })
}
