import Helpdesk
import Portal
import World

/// The `apoa` command: parse, run one command, report.
public enum Apoa {
    /// The options every command takes.
    static let globalOptions: [OptionSpec] = [
        .value("world", "PATH", "the world file (default: $APOA_WORLD, else ./world.sqlite)"),
        .value("as", "OPERATOR", "who is working the desk (default: $APOA_OPERATOR); commands that change the world need one"),
        .flag("json", "print JSON instead of text"),
        .flag("quiet", "print only what was asked for (errors still go to stderr)"),
        .flag("no-color", "no colour, even on a terminal (also: NO_COLOR=1)"),
    ]

    static let parser = ArgumentParser(commands: CommandTable.commands, groups: CommandTable.groups, globalOptions: globalOptions)

    /// Runs `apoa` with `arguments` (without the program name) and returns the exit status.
    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        Interruption.install()
        return run(arguments: arguments, environment: environment, console: TerminalConsole(), random: AnyRandom(base: SystemEntropy()))
    }

    /// Runs with an injected console and secret source: the entry point of the tests.
    static func run(arguments: [String], environment: [String: String], console: Console, random: AnyRandom) -> Int32 {
        do {
            switch try parser.parse(arguments) {
            case .version:
                console.out("apoa \(ApoaVersion.current)\n")
            case .help(let path):
                console.out(HelpRenderer(parser: parser).help(for: path))
            case .run(let command, let parsed):
                var invocation = Invocation(command: command, arguments: parsed, environment: environment,
                                            console: console, random: random)
                try command.run(&invocation)
            }
            return ExitStatus.success
        } catch {
            return report(error, to: console)
        }
    }

    /// The one place an error becomes text and an exit status.
    static func report(_ error: any Error, to console: Console) -> Int32 {
        let (message, status): (String?, Int32) = switch error {
        case let error as CLIError: describe(error)
        case let error as WorldError:
            (error.description, error.isBadData ? ExitStatus.badData : error.isIOError ? ExitStatus.io : ExitStatus.failure)
        case let error as PortalError: (error.description, ExitStatus.failure)
        case let error as HelpdeskError:
            if case .noOperator = error { (error.description, ExitStatus.usage) } else { (error.description, ExitStatus.failure) }
        default: ("\(error)", ExitStatus.failure)
        }
        if let message {
            // Multi-line messages (every problem in a file) get the prefix on each line.
            for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
                console.err("apoa: error: \(line)\n")
            }
        }
        if case .usage(_, let command) = error as? CLIError {
            // A command's usage line when the error is about one; a group's or the tool's help otherwise.
            if let spec = parser.commands.first(where: { $0.name == command }) { console.err("Usage: \(spec.usage)\n") }
            console.err("  See '\(command ?? "apoa") --help'.\n")
        }
        return status
    }

    private static func describe(_ error: CLIError) -> (String?, Int32) {
        switch error {
        case .usage: (error.description, ExitStatus.usage)
        case .failure: (error.description, ExitStatus.failure)
        case .badData: (error.description, ExitStatus.badData)
        case .io: (error.description, ExitStatus.io)
        case .exit(let status): (nil, status)
        }
    }
}
