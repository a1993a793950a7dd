import Helpdesk
import Portal
import World

/// One run of a command: its parsed arguments and everything it may touch.
struct Invocation {
    let command: CommandSpec
    let arguments: ParsedArguments
    let environment: [String: String]
    let console: Console
    /// The secret source: the system's generator for real use, a seeded one in tests.
    var random: AnyRandom

    // MARK: Global options

    /// The world file: `--world`, else `$APOA_WORLD`, else `./world.sqlite`.
    func worldPath() throws(CLIError) -> String {
        if let path = value("world") {
            guard !path.isEmpty else { throw usage("--world: expected the path of a world file, found ''") }
            return path
        }
        return environment["APOA_WORLD"].flatMap { $0.isEmpty ? nil : $0 } ?? "world.sqlite"
    }

    var wantsJSON: Bool { flag("json") }
    var isQuiet: Bool { flag("quiet") }

    /// Colour only on a terminal, and never with `--no-color` or `NO_COLOR` set.
    var style: Style {
        Style(isEnabled: console.isTerminal && !flag("no-color") && (environment["NO_COLOR"] ?? "").isEmpty)
    }

    // MARK: Arguments

    func flag(_ name: String) -> Bool {
        arguments.options[name] != nil
    }

    func value(_ name: String) -> String? {
        arguments.options[name]?.last
    }

    func values(_ name: String) -> [String] {
        arguments.options[name] ?? []
    }

    func positional(_ name: String) -> String? {
        arguments.positionals[name]
    }

    /// A positional the parser already required.
    func required(_ name: String) throws(CLIError) -> String {
        guard let value = arguments.positionals[name] ?? value(name) else {
            throw usage("missing \(name)")
        }
        return value
    }

    /// Parses option `name` with `parse`; a bad value is a usage error naming the option and what was expected.
    func parse<T>(_ name: String, expected: String, _ parse: (String) -> T?) throws(CLIError) -> T? {
        guard let text = value(name) else { return nil }
        guard let parsed = parse(text) else {
            throw usage("--\(name): expected \(expected), found '\(text)'")
        }
        return parsed
    }

    /// Runs a portal parser on the value of an argument; what it refuses becomes a usage error
    /// naming the argument (`--email: invalid e-mail address 'x': …`).
    func checked<T>(_ name: String, _ body: () throws(PortalError) -> T) throws(CLIError) -> T {
        do {
            return try body()
        } catch {
            throw usage("\(name.first?.isUppercase == true ? name : "--" + name): \(error)")
        }
    }

    /// One of a fixed set of words for option `name`.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws(CLIError) -> T
    where T.RawValue == String {
        try parse(name, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "), T.init(rawValue:)) ?? fallback
    }

    /// The `--device` option: a device label of visible ASCII characters (it is logged as one word).
    func device() throws(CLIError) -> DeviceLabel? {
        try parse("device", expected: "1 to \(DeviceLabel.capacity) visible characters without spaces, like phone-1") { text in
            text.allSatisfy(\.isASCII) ? DeviceLabel(text) : nil
        }
    }

    /// The `--ticket` option: a ticket number.
    func ticketNumber() throws(CLIError) -> Int64? {
        try parse("ticket", expected: "a ticket number like 12", { Int64($0).flatMap { $0 > 0 ? $0 : nil } })
    }

    /// An IP address option.
    func ipAddress(_ name: String) throws(CLIError) -> IPAddress? {
        try parse(name, expected: "an IPv4 address like 36.80.1.2 or an IPv6 one like 2001:db8::1", IPAddress.init)
    }

    /// A usage error for this command.
    func usage(_ message: String) -> CLIError {
        .usage(message, command: command.name)
    }

    /// Reads a secret from standard input, refusing it on the command line.
    ///
    /// Passwords never come from arguments (they would sit in shell history and `ps`): the
    /// command takes `--password-stdin`, and the first line of standard input is the secret.
    func secretFromStandardInput(flag name: String = "password-stdin") throws(CLIError) -> String {
        guard flag(name) else { throw usage("the password is read from standard input: add --\(name)") }
        guard let line = console.readLine(), !line.isEmpty else {
            throw usage("--\(name): expected a password on the first line of standard input, found nothing")
        }
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }

    // MARK: Output

    func print(_ text: String) {
        console.out(text + "\n")
    }

    /// Prints unless `--quiet`.
    func say(_ text: String) {
        if !isQuiet { print(text) }
    }

    /// Opens the world this invocation names.
    func openWorld() throws -> WorldStore {
        try WorldStore.open(at: worldPath())
    }

    /// The operator named by `--as`, else `$APOA_OPERATOR`; nil when neither is given.
    var operatorName: String? {
        (value("as") ?? environment["APOA_OPERATOR"]).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The desk of the operator this invocation names, for a command that changes the world:
    /// without one it is a usage error, and an unknown name is refused (and audited).
    func desk(_ world: WorldStore) throws -> Desk {
        guard let name = operatorName else { throw HelpdeskError.noOperator(action: command.name) }
        return try Desk(world: world, operatorName: name, action: command.path.joined(separator: "-"))
    }

    /// For a command that only reads: the named operator's desk (whose role decides whether
    /// personal data shows), or nil when no operator is named — and then personal data is masked.
    func reader(_ world: WorldStore) throws -> Desk? {
        guard operatorName != nil else { return nil }
        let desk = try desk(world)
        try desk.authorizeRead(command.path.joined(separator: "-"))
        return desk
    }
}

/// Any generator behind one concrete type, so commands can pass it `inout`.
struct AnyRandom: RandomNumberGenerator {
    var base: any RandomNumberGenerator

    mutating func next() -> UInt64 {
        base.next()
    }
}
