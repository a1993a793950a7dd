import Foundation
import Portal
import Testing
@testable import ApoaCLI
@testable import World

/// A desk with a new world (clock 2026-12-01 08:00 WIB), the admin working it, an agent `rina`.
private func noticeDesk() throws -> Desk {
    let desk = try Desk()
    desk.run("init --quiet")
    desk.run("operator add rina --role agent --quiet")
    return desk
}

/// `apoa notice publish` with these words, a title in both languages added.
private func publish(_ desk: Desk, _ words: [String]) -> Desk.Result {
    desk.run(["notice", "publish"] + words + ["--title-id", "Pemeliharaan sistem GO ID", "--title-en", "GO ID system maintenance"])
}

private let maintenance = ["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "3h", "--components", "auth,captcha"]
private let incident = ["--kind", "incident", "--components", "sms-gateway:major-outage"]

@Suite("apoa notice")
struct NoticeCommandTests {
    @Test("publish maintenance: shown in the world's zone, scheduled, then in progress and completed as the clock moves")
    func maintenanceOnTheClock() throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        let published = desk.run(["notice", "publish"] + maintenance + [
            "--title-id", "Pemeliharaan sistem GO ID", "--title-en", "GO ID system maintenance",
            "--body-id", "Login tidak tersedia selama pemeliharaan.", "--body-en", "Login is unavailable during maintenance."])
        #expect(published.status == 0)
        #expect(published.err.isEmpty)
        #expect(published.out == """
            published notice #1
            notice #1  maintenance  scheduled
              title        id: Pemeliharaan sistem GO ID
                           en: GO ID system maintenance
              body         id: Login tidak tersedia selama pemeliharaan.
                           en: Login is unavailable during maintenance.
              components   auth (under-maintenance), captcha (under-maintenance)
              window       2026-12-02 01:00 WIB to 2026-12-02 04:00 WIB (3h)
              now          imposes nothing
              published    2026-12-01 08:00 WIB by admin

            """)
        desk.run("clock advance 18h --quiet")
        #expect(desk.run("notice show 1").out.contains("""
            notice #1  maintenance  in-progress
            """))
        #expect(desk.run("notice show 1").out.contains("  now          auth (under-maintenance), captcha (under-maintenance) until 2026-12-02 04:00 WIB\n"))
        desk.run("clock advance 2h --quiet")
        #expect(desk.run("notice list").out == "no notices in force or to come (--all for finished ones)\n")
        #expect(desk.run("notice list --all").out == """
            ID  KIND         STATUS     WINDOW                                        RECURS  COMPONENTS    TITLE
            1   maintenance  completed  2026-12-02 01:00 WIB to 2026-12-02 04:00 WIB  —       auth,captcha  GO ID system maintenance

            """)
    }

    @Test("an incident: open-ended, moved by timed updates, each audited; refused once resolved")
    func incidentUpdates() throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        #expect(publish(desk, incident).status == 0)
        desk.run("clock advance 30m --quiet")
        let identified = desk.run(["notice", "update", "1", "--status", "identified",
                                   "--message-id", "Penyebab gangguan telah ditemukan.", "--message-en", "The cause has been found."])
        #expect(identified.out == "notice #1: identified (was investigating); update posted at 2026-12-01 08:30 WIB\n")
        desk.run("clock advance 1h --quiet")
        let resolved = desk.run(["notice", "update", "#1", "--status", "resolved", "--message-id", "Pulih.", "--message-en", "Recovered."])
        #expect(resolved.out == "notice #1: resolved (was identified); update posted at 2026-12-01 09:30 WIB\n")
        #expect(desk.run("notice show 1").out == """
            notice #1  incident  resolved
              title        id: Pemeliharaan sistem GO ID
                           en: GO ID system maintenance
              components   sms-gateway (major-outage)
              window       since 2026-12-01 08:00 WIB, open-ended
              now          imposes nothing
              published    2026-12-01 08:00 WIB by admin

            UPDATES
            2026-12-01 08:30 WIB  identified  by admin
              id: Penyebab gangguan telah ditemukan.
              en: The cause has been found.
            2026-12-01 09:30 WIB  resolved  by admin
              id: Pulih.
              en: Recovered.

            """)
        let again = desk.run(["notice", "update", "1", "--status", "monitoring", "--message-id", "x", "--message-en", "y"])
        #expect(again.status == 1)
        #expect(again.err == "apoa: error: notice #1 is resolved: a finished notice takes no updates and cannot be cancelled (publish a new one)\n")
        let audit = try desk.lastAudit()
        #expect(audit?.action == "notice-update" && audit?.outcome == .refused && audit?.target == "notice 1")
    }

    @Test("an update to a cancelled notice is refused with exit 1, audited, and changes nothing")
    func cancelled() throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        #expect(publish(desk, maintenance).status == 0)
        #expect(desk.run(["notice", "cancel", "1", "--reason", "the vendor moved the upgrade"]).out == "notice #1: cancelled (was scheduled)\n")
        let refused = desk.run(["notice", "update", "1", "--status", "scheduled", "--message-id", "Tetap.", "--message-en", "Still on."])
        #expect(refused.status == 1)
        #expect(refused.out.isEmpty)
        #expect(refused.err == "apoa: error: notice #1 was cancelled at 2026-12-01 08:00 WIB: a cancelled notice takes no updates and stays cancelled (publish a new one)\n")
        #expect(try desk.lastAudit()?.outcome == .refused)
        #expect(try WorldStore.open(at: desk.world).notice(1).updates.isEmpty)
        #expect(desk.run("notice show 1").out.contains("  cancelled    2026-12-01 08:00 WIB by admin: the vendor moved the upgrade\n"))
    }

    @Test("an agent may not publish: exit 1, audited, nothing published")
    func agentRefused() throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        let refused = desk.run(as: "rina", ["notice", "publish"] + maintenance + ["--title-id", "a", "--title-en", "b"])
        #expect(refused.status == 1)
        #expect(refused.err == "apoa: error: rina is an agent and may not notice-publish: only supervisors and admins may\n")
        let audit = try desk.lastAudit()
        #expect(audit?.operatorName == "rina" && audit?.action == "notice-publish" && audit?.outcome == .refused)
        #expect(desk.run("notice list --all --json").out == "[]\n")
    }

    @Test("a recurring notice in WITA is shown in the world's WIB and on its own clock; JSON has both languages and the windows")
    func recurring() throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        let result = publish(desk, ["--kind", "maintenance", "--starts", "2026-12-03T02:00:00+08:00", "--for", "2h",
                                    "--components", "documents", "--recur", "weekly:mon,thu", "--zone", "Asia/Makassar", "--count", "4"])
        #expect(result.status == 0)
        #expect(result.out.contains("""
              recurs       weekly on Monday and Thursday at 02:00 WITA (Asia/Makassar), 2h each, at most 4 windows
              first        2026-12-03 01:00 WIB to 2026-12-03 03:00 WIB (2h; 2026-12-03 02:00 WITA)
              last         2026-12-14 01:00 WIB to 2026-12-14 03:00 WIB (2h; 2026-12-14 02:00 WITA)
              now          imposes nothing
              next         2026-12-03 01:00 WIB to 2026-12-03 03:00 WIB (2h; 2026-12-03 02:00 WITA)
            """))
        desk.run("clock advance 6d --quiet")  // 2026-12-07 08:00 WIB: between Monday's window and Thursday's
        let json = desk.run("notice show 1 --json").out
        #expect(json.contains(#""status": "scheduled""#))
        #expect(json.contains(#""title": {"#) && json.contains(#""id": "Pemeliharaan sistem GO ID""#))
        #expect(json.contains(#""rule": "weekly:mon,thu""#) && json.contains(#""zone": "Asia/Makassar""#))
        #expect(json.contains(#""nextWindow": {"#) && json.contains(#""starts": "2026-12-10T01:00:00+07:00""#))
    }

    @Test("overlapping maintenance is published with a warning on standard error")
    func overlapWarning() throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        #expect(publish(desk, maintenance).status == 0)
        let second = publish(desk, ["--kind", "maintenance", "--starts", "2026-12-02T03:00:00+07:00", "--for", "2h", "--components", "auth"])
        #expect(second.status == 0)
        #expect(second.err == "apoa: warning: notice #2 overlaps maintenance notice #1 on auth: 2026-12-02 03:00 WIB to 2026-12-02 05:00 WIB "
            + "and 2026-12-02 01:00 WIB to 2026-12-02 04:00 WIB (published anyway)\n")
        #expect(try desk.lastAudit()?.detail.hasSuffix("; overlaps notice 1 on auth") == true)
        let json = publish(desk, ["--kind", "maintenance", "--starts", "2026-12-02T03:30:00+07:00", "--for", "1h", "--components", "captcha", "--json"])
        #expect(json.out.contains(#""overlaps": ["#) && json.out.contains(#""notice": 1"#))
    }

    @Test("bad input: one line naming the option, exit 64, nothing published or audited", arguments: [
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--ends", "2026-12-02T00:00:00+07:00", "--components", "auth"],
         "--ends: the end 2026-12-02 00:00 WIB is not after the start 2026-12-02 01:00 WIB"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "0s", "--components", "auth"],
         "--for: the end 2026-12-02 01:00 WIB is not after the start 2026-12-02 01:00 WIB"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00", "--for", "1h", "--components", "auth"],
         "--starts: expected a time with a zone offset, like 2026-12-01T08:00:00+07:00, found '2026-12-02T01:00:00'"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "1h", "--components", "auth,smsgateway"],
         "--components: unknown component 'smsgateway' (expected auth, captcha, sms-gateway, email, applications, documents, payments)"),
        (["--kind", "incident", "--components", "auth"],
         "--components: an incident must say how bad it is for each component, like auth:major-outage (degraded, partial-outage or major-outage)"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--components", "auth"],
         "--for: maintenance needs an end: give --for DURATION or --ends TIME (only an incident may be open-ended)"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "1h", "--components", "auth", "--body-id", "Isi"],
         "--body-en: the body is needed in English too: a notice speaks Indonesian and English"),
        (["--kind", "maintenance", "--starts", "2027-02-01T01:00:00+07:00", "--for", "1h", "--components", "auth", "--recur", "monthly:31",
          "--until", "2027-02-28T00:00:00+07:00"],
         "--until: the recurrence never occurs: no window starts by 2027-02-28 00:00 WIB (the first would start at 2027-03-31 01:00 WIB)"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "1h", "--components", "auth", "--recur", "fortnightly"],
         "--recur: 'fortnightly' is not a recurrence: expected daily, weekly:DAYS (like weekly:mon,thu) or monthly:DAY (like monthly:15)"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "25h", "--components", "auth", "--recur", "daily"],
         "--recur: a window of 1d1h does not end before the next begins (1d apart at the closest)"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "1h", "--components", "auth", "--until", "2027-01-01T00:00:00+07:00"],
         "--until belongs to a recurring notice: add --recur daily, weekly:DAYS or monthly:DAY"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "1h", "--components", "auth", "--recur", "daily", "--zone", "Mars/Olympus"],
         "--zone: unknown time zone 'Mars/Olympus': expected an IANA name like Asia/Jakarta, Asia/Makassar or Asia/Jayapura"),
        (["--kind", "maintenance", "--starts", "2026-12-02T01:00:00+07:00", "--for", "1h", "--components", "auth", "--recur", "daily", "--count", "0"],
         "--count: expected a number of windows from 1 to 1000, like 8, found '0'"),
        (["--kind", "incident", "--starts", "2026-12-02T01:00:00+07:00", "--components", "auth:degraded"],
         "--starts: an incident starts when it happens: 2026-12-02 01:00 WIB is after now (2026-12-01 08:00 WIB); announce planned work as maintenance"),
        (["--kind", "maintenance", "--starts", "2026-12-01T01:00:00+07:00", "--for", "1h", "--components", "auth"],
         "--starts: the maintenance ended at 2026-12-01 02:00 WIB, before now (2026-12-01 08:00 WIB): nobody needs telling"),
        (["--kind", "outage", "--components", "auth"], "--kind: expected one of maintenance, incident, found 'outage'"),
        (["--kind", "maintenance", "--for", "1h", "--ends", "2026-12-02T03:00:00+07:00", "--components", "auth"],
         "--for and --ends exclude each other: give the length or the end"),
        (["--kind", "maintenance", "--for", "soon", "--components", "auth"], "--for: expected a duration like 15m, 2h or 1h30m, found 'soon'"),
    ])
    func badInput(words: [String], expected: String) throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        let auditBefore = try WorldStore.open(at: desk.world).auditEntries().count
        let result = publish(desk, words)
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("apoa: error: \(expected)\nUsage: apoa notice publish "))
        #expect(desk.run("notice list --all --json").out == "[]\n")
        #expect(try WorldStore.open(at: desk.world).auditEntries().count == auditBefore)
    }

    @Test("bad input to update, cancel and show: exit 64 naming the option or argument", arguments: [
        (["notice", "update", "1", "--status", "fixed", "--message-id", "a", "--message-en", "b"],
         "--status: expected one of scheduled, in-progress, completed, investigating, identified, monitoring, resolved, found 'fixed'"),
        (["notice", "update", "1", "--status", "cancelled", "--message-id", "a", "--message-en", "b"],
         "--status: to cancel a notice use 'apoa notice cancel ID --reason TEXT'"),
        (["notice", "update", "1", "--status", "scheduled", "--message-id", "Tetap.", "--message-en", " "],
         "--message-en: the message is needed in English too: a notice speaks Indonesian and English"),
        (["notice", "update", "1", "--status", "scheduled", "--message-en", "Still on."], "missing --message-id TEXT"),
        (["notice", "cancel", "1", "--reason", " "], "--reason: a cancellation needs a reason of 1 to 1000 characters"),
        (["notice", "show", "one"], "ID: expected a notice number like 3, found 'one'"),
    ])
    func badChanges(words: [String], expected: String) throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        #expect(publish(desk, maintenance).status == 0)
        let result = desk.run(words)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: \(expected)\n"))
        #expect(try WorldStore.open(at: desk.world).notice(1).updates.isEmpty)
        #expect(try WorldStore.open(at: desk.world).notice(1).cancellation == nil)
    }

    @Test("refusals by the notice: exit 1, audited", arguments: [
        (["notice", "update", "1", "--status", "in-progress", "--message-id", "a", "--message-en", "b"],
         "maintenance #1 is scheduled (the clock moves it on at 2026-12-02 01:00 WIB): the clock moves maintenance, so an update may say scheduled, not in-progress"),
        (["notice", "update", "1", "--status", "identified", "--message-id", "a", "--message-en", "b"],
         "a maintenance notice is never identified (expected scheduled, in-progress, completed)"),
        (["notice", "update", "7", "--status", "identified", "--message-id", "a", "--message-en", "b"], "no notice #7 (see 'apoa notice list --all')"),
        (["notice", "cancel", "7", "--reason", "typo"], "no notice #7 (see 'apoa notice list --all')"),
    ])
    func refusals(words: [String], expected: String) throws {
        let desk = try noticeDesk()
        defer { desk.remove() }
        #expect(publish(desk, maintenance).status == 0)
        let result = desk.run(words)
        #expect(result.status == 1)
        #expect(result.err == "apoa: error: \(expected)\n")
        #expect(try desk.lastAudit()?.outcome == .refused)
    }
}
