import Helpdesk
import JSON
import Portal
import World

/// `apoa notice list | show`: the notices and where each stands at the world clock.
enum NoticeCommands {
    static let list = CommandSpec(
        ["notice", "list"],
        summary: "List the notices not yet finished (--all: every one), newest first.",
        discussion: """
            A notice's status follows the world clock: maintenance is scheduled, in-progress or completed by its
            windows; an incident is what its latest update says. WINDOW is the window in force, else the next,
            else the last; times are in the world's zone. The title is the English one (both are in --json).
            """,
        options: [.flag("all", "also completed, resolved and cancelled notices")],
        examples: ["apoa notice list", "apoa notice list --all --json"],
        run: { invocation in
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let notices = try world.notices(includingFinished: invocation.flag("all"))
            let now = try world.now()
            let text = WorldText(zone: world.zone)
            if invocation.wantsJSON {
                invocation.print(JSONValue.array(notices.map { text.noticeJSON($0, now: now) }).rendered())
                return
            }
            guard !notices.isEmpty else {
                invocation.print(invocation.flag("all") ? "no notices" : "no notices in force or to come (--all for finished ones)")
                return
            }
            var table = TextTable(["ID", "KIND", "STATUS", "WINDOW", "RECURS", "COMPONENTS", "TITLE"])
            for notice in notices { table.add(text.noticeRow(notice, now: now)) }
            invocation.print(table.rendered(style: invocation.style))
        })

    static let show = CommandSpec(
        ["notice", "show"],
        summary: "Show one notice: its texts in both languages, windows, what it does to components now, and its updates.",
        discussion: """
            Times are in the world's zone; a recurring notice's windows are also shown on its own zone's clock when
            that is another. --json gives the windows in force and next, and what the notice imposes now.
            """,
        arguments: [.required("ID", "the notice's number")],
        examples: ["apoa notice show 1", "apoa notice show 1 --json"],
        run: { invocation in
            let id = try invocation.noticeID()
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let notice = try world.notice(id)
            let now = try world.now()
            let text = WorldText(zone: world.zone)
            invocation.print(invocation.wantsJSON ? text.noticeJSON(notice, now: now).rendered() : text.notice(notice, now: now))
        })
}
