import Testing
@testable import ApoaCLI

/// The login path during maintenance or an outage a notice announces.
@Suite("Notices at the login")
struct NoticeLoginTests {
    static func desk() throws -> Desk {
        let desk = try Desk()
        desk.run("init")
        desk.run(["account", "add", "ani.wijaya", "--email", "ani@example.id", "--document", "nik:3174015008900001", "--verified",
                  "--password-stdin"], input: "Merah-Putih-2026\n")
        desk.run(["account", "add", "jan.devries", "--email", "jan@example.nl", "--kind", "foreigner", "--language", "en",
                  "--document", "passport:NX1234567", "--verified", "--password-stdin"], input: "Merah-Putih-2026\n")
        return desk
    }

    @Test("during announced maintenance the login answers with the notice, in the account's language, and logs maintenance")
    func maintenance() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run(["notice", "publish", "--kind", "maintenance", "--components", "auth", "--for", "1h",
                          "--title-id", "Pemeliharaan login", "--title-en", "Login maintenance",
                          "--body-id", "Coba lagi pukul 09.00 WIB.", "--body-en", "Try again at 09:00 WIB."]).status == 0)
        let ani = desk.run(["login", "ani.wijaya", "--password-stdin"], input: "Merah-Putih-2026\n")
        #expect(ani.status == 1)
        #expect(ani.out == "Pemeliharaan login\nCoba lagi pukul 09.00 WIB.\n")
        // Jan reads English whatever the page's language.
        let jan = desk.run(["login", "jan.devries", "--password-stdin", "--lang", "id"], input: "Merah-Putih-2026\n")
        #expect(jan.out == "Login maintenance\nTry again at 09:00 WIB.\n")
        #expect(desk.run("events ani.wijaya --limit 1").out.contains("login-failed  maintenance"))
        // After the window the login works again.
        desk.run("clock advance 1h")
        #expect(desk.run(["login", "ani.wijaya", "--password-stdin"], input: "Merah-Putih-2026\n").status == 0)
    }

    @Test("an incident being investigated turns logins away with its words and logs service-outage; once monitoring, logins work")
    func incident() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run(["notice", "publish", "--kind", "incident", "--components", "auth:major-outage",
                          "--title-id", "Gangguan login", "--title-en", "Login outage"]).status == 0)
        let jan = desk.run(["login", "jan.devries", "--password-stdin"], input: "Merah-Putih-2026\n")
        #expect(jan.out == "Login outage\n")
        #expect(desk.run("events jan.devries --limit 1").out.contains("login-failed  service-outage"))
        desk.run(["notice", "update", "1", "--status", "monitoring", "--message-id", "Sudah pulih.", "--message-en", "Fixed."])
        #expect(desk.run(["login", "jan.devries", "--password-stdin"], input: "Merah-Putih-2026\n").status == 0)
    }
}
