import Foundation

/// The real standard streams.
final class TerminalConsole: Console {
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
