/// An option a command accepts: a flag (`--json`) or one that takes a value (`--world PATH`).
struct OptionSpec: Sendable {
    let name: String
    let short: Character?
    /// The value's placeholder in help (`PATH`); nil for a flag.
    let value: String?
    let isRequired: Bool
    let isRepeatable: Bool
    /// An option people will try that we refuse with this message (`--password`): left out of
    /// help and usage, and refused as soon as the parser meets it.
    let refusal: String?
    let help: String

    var isHidden: Bool { refusal != nil }

    /// A flag: present or not.
    static func flag(_ name: String, short: Character? = nil, required: Bool = false, _ help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, value: nil, isRequired: required, isRepeatable: false, refusal: nil, help: help)
    }

    /// An option with a value.
    static func value(_ name: String, _ placeholder: String, required: Bool = false, repeatable: Bool = false, _ help: String)
        -> OptionSpec {
        OptionSpec(name: name, short: nil, value: placeholder, isRequired: required, isRepeatable: repeatable, refusal: nil, help: help)
    }

    /// An option recognised only to be refused with `refusal`.
    static func refused(_ name: String, _ refusal: String) -> OptionSpec {
        OptionSpec(name: name, short: nil, value: "VALUE", isRequired: false, isRepeatable: false, refusal: refusal, help: "")
    }

    /// Passwords never come from arguments: they would sit in shell history and `ps`.
    static let passwordArgument = refused("password", "passwords are never taken from the command line; use --password-stdin")

    var takesValue: Bool { value != nil }

    /// `--name VALUE`, or `[--name VALUE]` when optional, `...` when repeatable.
    var usage: String {
        let text = "--\(name)" + (value.map { " \($0)" } ?? "")
        let shown = isRequired ? text : "[\(text)]"
        return isRepeatable ? shown + "..." : shown
    }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    let name: String
    let isOptional: Bool
    let help: String
    /// The last argument may take every word left (`ID...`): one or more.
    var isVariadic = false

    static func required(_ name: String, _ help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, isOptional: false, help: help)
    }

    static func optional(_ name: String, _ help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, isOptional: true, help: help)
    }

    /// One or more words, as the command's last argument.
    static func variadic(_ name: String, _ help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, isOptional: false, help: help, isVariadic: true)
    }

    /// `ID`, `[ID]` or `ID...`.
    var usage: String {
        isVariadic ? "\(name)..." : isOptional ? "[\(name)]" : name
    }
}

/// A command: what it takes, what its help says, and the function that runs it.
struct CommandSpec: Sendable {
    /// Words after `apoa`: `["account", "add"]`.
    let path: [String]
    let summary: String
    let discussion: String?
    let arguments: [ArgumentSpec]
    let options: [OptionSpec]
    let examples: [String]
    let run: @Sendable (inout Invocation) throws -> Void

    init(_ path: [String], summary: String, discussion: String? = nil, arguments: [ArgumentSpec] = [],
         options: [OptionSpec] = [], examples: [String], run: @escaping @Sendable (inout Invocation) throws -> Void) {
        self.path = path
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
        self.run = run
    }

    /// `apoa account add`.
    var name: String { (["apoa"] + path).joined(separator: " ") }

    /// The usage line: arguments, then required options, then optional ones.
    var usage: String {
        let args = arguments.map(\.usage)
        let shown = options.filter { !$0.isHidden }
        let opts = shown.filter(\.isRequired).map(\.usage) + shown.filter { !$0.isRequired }.map(\.usage)
        return ([name] + args + opts).joined(separator: " ")
    }
}

/// A word that groups commands (`apoa account …`); its help lists them.
struct CommandGroup: Sendable {
    let path: [String]
    let summary: String
}
