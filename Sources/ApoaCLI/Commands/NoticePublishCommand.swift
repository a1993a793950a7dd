import Helpdesk
import JSON
import Portal
import World

/// `apoa notice publish`: tell people about maintenance or an incident, in both languages.
enum NoticePublishCommand {
    static let spec = CommandSpec(
        ["notice", "publish"],
        summary: "Publish a maintenance or incident notice in Indonesian and English (supervisors and admins).",
        discussion: """
            Maintenance has a window (--for or --ends) and follows the world clock: scheduled, in-progress
            during its window, completed after it. With --recur its windows repeat daily, weekly on given days
            (weekly:mon,thu) or monthly on a day (monthly:15), at the first window's local time of day in --zone
            (default: the world's zone), so a 02:00 window stays at 02:00 across a daylight-saving change; a
            monthly day some months lack (29, 30, 31) skips those months. --until TIME (no window starts after
            it) and --count N end the series; without either it recurs until cancelled.
            An incident has already begun (--starts defaults to now and may not be later): it is investigating
            until updated ('apoa notice update ID --status identified ...'), and open-ended unless --for or
            --ends gives its end. --components names each component, with :STATUS when not the default:
            maintenance takes its components under-maintenance; an incident says how bad it is for each
            (degraded, partial-outage or major-outage). Maintenance that overlaps other maintenance on a
            component is published with a warning (on standard error), not refused.
            Times need a zone offset (2026-12-02T01:00:00+07:00); they are shown in the world's zone.
            """,
        options: [
            .value("kind", "maintenance|incident", required: true, "what the notice announces"),
            .value("components", "LIST", required: true, "components, each with :STATUS when not the default (auth,sms-gateway:major-outage)"),
            .value("title-id", "TEXT", required: true, "the title in Indonesian (one line)"),
            .value("title-en", "TEXT", required: true, "the title in English (one line)"),
            .value("body-id", "TEXT", "more words in Indonesian (then --body-en too)"),
            .value("body-en", "TEXT", "more words in English (then --body-id too)"),
            .value("starts", "TIME", "when the (first) window starts (default: now)"),
            .value("for", "DURATION", "how long each window lasts (15m, 3h, 1d)"),
            .value("ends", "TIME", "when the (first) window ends, instead of --for"),
            .value("recur", "RULE", "repeat the window: daily, weekly:mon,thu or monthly:15 (maintenance only)"),
            .value("zone", "ZONE", "the IANA zone whose clock the windows repeat on (default: the world's)"),
            .value("until", "TIME", "no window starts after this"),
            .value("count", "N", "at most this many windows (1 to \(Recurrence.maximumCount))"),
        ],
        examples: [
            "apoa notice publish --kind maintenance --starts 2026-12-02T01:00:00+07:00 --for 3h --components auth,captcha "
                + "--title-id 'Pemeliharaan sistem GO ID' --title-en 'GO ID system maintenance'",
            "apoa notice publish --kind maintenance --starts 2026-12-03T02:00:00+08:00 --for 2h --components documents "
                + "--recur weekly:mon,thu --zone Asia/Makassar --count 8 --title-id 'Pemeliharaan rutin' --title-en 'Routine maintenance'",
            "apoa notice publish --kind incident --components sms-gateway:major-outage "
                + "--title-id 'Kode OTP lewat SMS terlambat' --title-en 'SMS login codes delayed'",
        ],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        guard let kind: NoticeKind = try invocation.choice("kind") else { throw invocation.usage("missing --kind") }
        let components = try invocation.checked("components") { () throws(PortalError) in
            try AffectedComponent.parseList(invocation.value("components") ?? "")
        }
        let starts = try invocation.time("starts")
        let length = try invocation.parse("for", expected: "a duration like 15m, 2h or 1h30m", TimeSpan.init(parsing:))
        let ends = try invocation.time("ends")
        if length != nil, ends != nil { throw invocation.usage("--for and --ends exclude each other: give the length or the end") }
        let world = try invocation.openWorld()
        let recurrence = try recurrence(invocation, zone: world.zone)
        let draft = NoticeDraft(
            kind: kind, title: invocation.bilingual("title") ?? UserMessage(id: "", en: ""), body: invocation.bilingual("body"),
            components: components, starts: try starts ?? world.now(),
            end: length.map { .after($0) } ?? ends.map { .at($0) } ?? .open, recurrence: recurrence)
        let desk = try invocation.desk(world)
        let published = try invocation.noticeInput(zone: world.zone) { try desk.publishNotice(draft) }
        let text = WorldText(zone: world.zone)
        for overlap in published.overlaps {
            invocation.console.err("apoa: warning: \(text.overlapWarning(overlap, of: published.notice))\n")
        }
        let now = try world.now()
        if invocation.wantsJSON {
            invocation.print(text.noticeJSON(published.notice, now: now, overlaps: published.overlaps).rendered())
            return
        }
        invocation.say("published notice #\(published.notice.id)")
        invocation.say(text.notice(published.notice, now: now))
    }

    /// `--recur` with `--zone`, `--until` and `--count`, or nil; those three need `--recur`.
    private static func recurrence(_ invocation: Invocation, zone fallback: Zone) throws -> Recurrence? {
        let until = try invocation.time("until")
        let count = try invocation.count("count", expected: "a number of windows from 1 to \(Recurrence.maximumCount), like 8")
        let zoneName = invocation.value("zone")
        guard let rule = invocation.value("recur") else {
            if let name = ["zone", "until", "count"].first(where: { invocation.value($0) != nil }) {
                throw invocation.usage("--\(name) belongs to a recurring notice: add --recur daily, weekly:DAYS or monthly:DAY")
            }
            return nil
        }
        let frequency = try invocation.checked("recur") { () throws(PortalError) in try Recurrence.Frequency(parsing: rule) }
        var zone = fallback
        if let zoneName {
            guard let named = Zone(identifier: zoneName) else {
                throw invocation.usage(
                    "--zone: unknown time zone '\(zoneName)': expected an IANA name like Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
            }
            zone = named
        }
        return Recurrence(frequency, in: zone, until: until, count: count)
    }
}
