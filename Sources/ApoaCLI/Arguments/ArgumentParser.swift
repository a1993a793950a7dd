import JSON

/// What the command line asked for.
enum ParsedCommandLine {
    /// Run this command with these arguments.
    case run(CommandSpec, ParsedArguments)
    /// Print the help of a command, a group, or the whole tool (empty path).
    case help(path: [String])
    case version
}

/// The arguments of one command, by name.
struct ParsedArguments: Equatable {
    var positionals: [String: String] = [:]
    /// Every word a variadic argument took, by its name (`positionals` holds the first).
    var lists: [String: [String]] = [:]
    /// Option values by option name, in the order given (flags have an empty value).
    var options: [String: [String]] = [:]
}

/// Turns `argv` into a command and its arguments, against the command table.
///
/// Table-driven: commands are data (`CommandSpec`), so help, usage lines and errors come from
/// one description of each command. Global options are accepted before or after the command.
struct ArgumentParser {
    let commands: [CommandSpec]
    let groups: [CommandGroup]
    let globalOptions: [OptionSpec]

    func parse(_ arguments: [String]) throws(CLIError) -> ParsedCommandLine {
        var path: [String] = []
        var index = 0
        var parsed = ParsedArguments()
        var wantsHelp = false
        // Words up to the first that is not a command or group name form the command path;
        // options met on the way must be global ones.
        while index < arguments.count {
            let word = arguments[index]
            if Self.isOption(word) {
                if word == "--version", path.isEmpty { return .version }
                if word == "-h" || word == "--help" { wantsHelp = true; index += 1; continue }
                index = try consumeOption(at: index, of: arguments, allowed: globalOptions, into: &parsed, command: nil)
                continue
            }
            let candidate = path + [word]
            guard isKnownPrefix(candidate) else { break }
            path = candidate
            index += 1
            if command(at: path) != nil { break }
        }
        guard let command = command(at: path) else {
            if wantsHelp || index >= arguments.count { return .help(path: path) }
            let word = arguments[index]
            let choices = children(of: path)
            let suggestion = closestMatch(to: word, among: choices).map { " (did you mean '\($0)'?)" } ?? ""
            let what = path.isEmpty ? "command" : "\(path.joined(separator: " ")) command"
            throw .usage("unknown \(what) '\(word)'\(suggestion)", command: (["apoa"] + path).joined(separator: " "))
        }
        let allowed = command.options + globalOptions
        var words: [String] = []
        var optionsEnded = false
        while index < arguments.count {
            let word = arguments[index]
            if !optionsEnded, word == "--" { optionsEnded = true; index += 1; continue }
            if !optionsEnded, Self.isOption(word) {
                if word == "-h" || word == "--help" { wantsHelp = true; index += 1; continue }
                index = try consumeOption(at: index, of: arguments, allowed: allowed, into: &parsed, command: command)
                continue
            }
            words.append(word)
            index += 1
        }
        if wantsHelp { return .help(path: path) }
        try assign(words, to: command, into: &parsed)
        for option in command.options where option.isRequired && parsed.options[option.name] == nil {
            throw .usage("missing --\(option.name)" + (option.value.map { " \($0)" } ?? ""), command: command.name)
        }
        return .run(command, parsed)
    }

    /// Whether a word is an option: it starts with `-`, but `-` alone and negative numbers
    /// or durations (`-5m`) are values, so the command can say what is wrong with them.
    static func isOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        let second = word[word.index(after: word.startIndex)]
        return !(second.isASCII && second.isNumber)
    }

    func command(at path: [String]) -> CommandSpec? {
        commands.first { $0.path == path }
    }

    func group(at path: [String]) -> CommandGroup? {
        groups.first { $0.path == path }
    }

    /// The next words after `path`, in the order of the command table (a group where its first
    /// command is).
    func children(of path: [String]) -> [String] {
        var seen: [String] = []
        for candidate in commands.map(\.path) + groups.map(\.path)
        where candidate.count > path.count && Array(candidate.prefix(path.count)) == path {
            let next = candidate[path.count]
            if !seen.contains(next) { seen.append(next) }
        }
        return seen
    }

    private func isKnownPrefix(_ path: [String]) -> Bool {
        (commands.map(\.path) + groups.map(\.path)).contains { Array($0.prefix(path.count)) == path && $0.count >= path.count }
    }

    private func consumeOption(
        at index: Int, of arguments: [String], allowed: [OptionSpec], into parsed: inout ParsedArguments, command: CommandSpec?
    ) throws(CLIError) -> Int {
        let word = arguments[index]
        var name: String
        var inlineValue: String?
        if word.hasPrefix("--") {
            name = String(word.dropFirst(2))
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
        } else {
            let letter = word.dropFirst()
            guard letter.count == 1, let option = allowed.first(where: { $0.short == letter.first }) else {
                throw .usage("unknown option '\(word)'", command: command?.name)
            }
            name = option.name
        }
        guard let option = allowed.first(where: { $0.name == name }) else {
            let suggestion = closestMatch(to: name, among: allowed.map(\.name)).map { " (did you mean '--\($0)'?)" } ?? ""
            throw .usage("unknown option '--\(name)'\(suggestion)", command: command?.name)
        }
        if let refusal = option.refusal { throw .usage(refusal, command: command?.name) }
        if !option.isRepeatable, parsed.options[name] != nil {
            throw .usage("--\(name) was given more than once", command: command?.name)
        }
        guard option.takesValue else {
            if inlineValue != nil { throw .usage("--\(name) is a flag and takes no value", command: command?.name) }
            parsed.options[name, default: []].append("")
            return index + 1
        }
        if let inlineValue {
            parsed.options[name, default: []].append(inlineValue)
            return index + 1
        }
        guard index + 1 < arguments.count else {
            throw .usage("--\(name) needs a value (\(option.value ?? "VALUE"))", command: command?.name)
        }
        parsed.options[name, default: []].append(arguments[index + 1])
        return index + 2
    }

    private func assign(_ words: [String], to command: CommandSpec, into parsed: inout ParsedArguments) throws(CLIError) {
        for (offset, spec) in command.arguments.enumerated() {
            guard offset < words.count else {
                if spec.isOptional { continue }
                throw .usage("missing \(spec.name)", command: command.name)
            }
            parsed.positionals[spec.name] = words[offset]
            if spec.isVariadic {
                parsed.lists[spec.name] = Array(words[offset...])
                return
            }
        }
        if words.count > command.arguments.count {
            throw .usage("unexpected argument '\(words[command.arguments.count])'", command: command.name)
        }
    }
}
