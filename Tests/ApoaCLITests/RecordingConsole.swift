@testable import ApoaCLI

/// A console that remembers everything: the tests' stand-in for the terminal.
/// `@unchecked Sendable`: a test uses it from one thread.
final class RecordingConsole: Console, @unchecked Sendable {
    private(set) var output = ""
    private(set) var errors = ""
    private var input: [String]
    let isTerminal: Bool

    init(input: String = "", isTerminal: Bool = false) {
        self.input = input.isEmpty ? [] : input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.isTerminal = isTerminal
    }

    func out(_ text: String) { output += text }
    func err(_ text: String) { errors += text }
    func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
}
