/// Help text, made from the command table.
struct HelpRenderer {
    let parser: ArgumentParser

    /// Help for `path`: a command's, a group's list, or the whole tool's.
    func help(for path: [String]) -> String {
        if let command = parser.command(at: path) { return commandHelp(command) }
        return listing(path)
    }

    func commandHelp(_ command: CommandSpec) -> String {
        var text = "OVERVIEW: \(command.summary)\n"
        if let discussion = command.discussion { text += "\n\(discussion)\n" }
        text += "\nUSAGE: \(command.usage)\n"
        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n" + columns(command.arguments.map { ($0.name, $0.help) })
        }
        if command.options.contains(where: { !$0.isHidden }) {
            text += "\nOPTIONS:\n" + columns(command.options.filter { !$0.isHidden }.map(row))
        }
        text += "\nGLOBAL OPTIONS:\n" + columns(parser.globalOptions.map(row) + [("-h, --help", "show this help")])
        text += "\nEXAMPLES:\n" + command.examples.map { "  \($0)\n" }.joined()
        return text
    }

    private func listing(_ path: [String]) -> String {
        let group = parser.group(at: path)
        var text = path.isEmpty
            ? "OVERVIEW: APOA Desk — simulate, diagnose and support the GO ID / APOA immigration portal.\n"
            : "OVERVIEW: \(group?.summary ?? "")\n"
        let name = (["apoa"] + path).joined(separator: " ")
        text += "\nUSAGE: \(name) <command> [options]\n\nCOMMANDS:\n"
        let entries = parser.children(of: path).map { child -> (String, String) in
            let childPath = path + [child]
            let summary = parser.command(at: childPath)?.summary ?? parser.group(at: childPath)?.summary ?? ""
            return (child, summary)
        }
        text += columns(entries)
        if path.isEmpty {
            text += "\nGLOBAL OPTIONS:\n" + columns(parser.globalOptions.map(row) + [
                ("-h, --help", "show help (also after any command)"), ("--version", "show the version"),
            ])
            text += "\nEXIT STATUS:\n" + columns([
                ("0", "success"), ("1", "refused or failed (a login that did not log in, a duplicate, an unknown account)"),
                ("64", "usage error: the command line is wrong"), ("65", "bad data: a policy or scenario file, or a world, is wrong"),
                ("74", "I/O error: a file could not be read or written"),
                ("130, 143", "interrupted (Ctrl-C, kill): the world is as it was; files of one being built are removed"),
            ])
        }
        text += "\nSee '\(name) <command> --help' for a command's options and examples.\n"
        return text
    }

    private func row(_ option: OptionSpec) -> (String, String) {
        var left = option.short.map { "-\($0), " } ?? ""
        left += "--\(option.name)" + (option.value.map { " \($0)" } ?? "")
        return (left, option.help + (option.isRequired ? " (required)" : ""))
    }

    /// Two columns: names padded to the longest (at most 28), help beside, wrapped lines indented.
    private func columns(_ rows: [(String, String)]) -> String {
        let width = min(28, rows.map(\.0.count).max() ?? 0) + 2
        return rows.map { left, right in
            let padded = "  " + left
            if left.count + 2 > width {
                return padded + "\n" + String(repeating: " ", count: width + 2) + right + "\n"
            }
            return padded + String(repeating: " ", count: width + 2 - padded.count) + right + "\n"
        }.joined()
    }
}
