import Testing
@testable import ApoaCLI

@Suite("Help and usage errors")
struct HelpAndErrorTests {
    @Test("help texts match their golden files", arguments: [
        ("--help", "apoa.txt"), ("account add --help", "account-add.txt"), ("login --help", "login.txt"),
        ("init -h", "init.txt"), ("clock", "clock.txt"), ("application", "application.txt"),
        ("application move --help", "application-move.txt"), ("application upload --help", "application-upload.txt"),
        ("notice", "notice.txt"), ("notice publish --help", "notice-publish.txt"), ("notice update --help", "notice-update.txt"),
        ("scenario", "scenario.txt"), ("scenario brief --help", "scenario-brief-help.txt"), ("report --help", "report.txt"),
    ])
    func help(arguments: String, golden: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(arguments)
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        #expect(result.out == Desk.golden(golden, actual: result.out))
    }

    @Test("every command's help has a usage line and an example")
    func everyCommandHasHelp() throws {
        let desk = try Desk()
        defer { desk.remove() }
        for command in CommandTable.commands {
            let result = desk.run(command.path + ["--help"])
            #expect(result.status == 0)
            #expect(result.out.contains("USAGE: \(command.name)"))
            #expect(["apoa ", "echo ", "printf "].contains { result.out.contains("EXAMPLES:\n  " + $0) }, "\(command.name)")
        }
    }

    @Test("usage errors are one line above the usage, exit 64", arguments: [
        ("acount list", "apoa: error: unknown command 'acount' (did you mean 'account'?)\n  See 'apoa --help'.\n"),
        ("account lst", "apoa: error: unknown account command 'lst' (did you mean 'list'?)\n  See 'apoa account --help'.\n"),
        ("clock advance 5 minutes",
         "apoa: error: unexpected argument 'minutes'\nUsage: apoa clock advance DURATION\n  See 'apoa clock advance --help'.\n"),
        ("clock advance soon",
         "apoa: error: DURATION: expected a duration like 15m, 2h or 1h30m, found 'soon'\nUsage: apoa clock advance DURATION\n  See 'apoa clock advance --help'.\n"),
        ("account show", "apoa: error: missing WHO\nUsage: apoa account show WHO\n  See 'apoa account show --help'.\n"),
        ("account list --jsn", "apoa: error: unknown option '--jsn' (did you mean '--json'?)\nUsage: apoa account list\n  See 'apoa account list --help'.\n"),
        ("init --start", "apoa: error: --start needs a value (TIME)\nUsage: apoa init [--policy FILE] [--start TIME] [--time-zone ZONE]\n  See 'apoa init --help'.\n"),
        ("init --start 2026-12-01T08:00:00",
         "apoa: error: --start: expected a time with a zone offset, like 2026-12-01T08:00:00+07:00, found '2026-12-01T08:00:00'\nUsage: apoa init [--policy FILE] [--start TIME] [--time-zone ZONE]\n  See 'apoa init --help'.\n"),
        ("account list --json=yes", "apoa: error: --json is a flag and takes no value\nUsage: apoa account list\n  See 'apoa account list --help'.\n"),
    ])
    func usage(arguments: String, expected: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(arguments)
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.err == expected)
    }

    @Test("a device label that does not fit is a usage error naming --device, exit 64", arguments: [
        "login ani.wijaya --password-stdin", "logout ani.wijaya", "change-password ani.wijaya --password-stdin",
    ])
    func deviceDoesNotFit(command: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        for device in [String(repeating: "x", count: 41), "ponsel-ibu-é"] {
            let result = desk.run(command + " --device " + device, input: "Merah-Putih-2026\nKopi-Tubruk-77\n")
            #expect(result.status == 64)
            #expect(result.err.hasPrefix(
                "apoa: error: --device: expected 1 to 40 visible characters without spaces, like phone-1, found '\(device)'\n"))
        }
    }

    @Test("a password on the command line is refused before anything happens")
    func passwordArgument() throws {
        let desk = try Desk()
        defer { desk.remove() }
        desk.run("init")
        let result = desk.run("account add ani.wijaya --email ani@example.id --password Merah-Putih-2026")
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: passwords are never taken from the command line; use --password-stdin\n"))
        #expect(!result.err.contains("Merah-Putih-2026"))
        #expect(desk.run("account list --json").out == "[]\n")
    }

    @Test("--version prints the version")
    func version() throws {
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run("--version").out == "apoa 0.1.0\n")
    }
}
