/// Where a command's text goes and where its secrets come from: the real terminal, or a
/// recording double in tests (so no test captures global output).
protocol Console: AnyObject, Sendable {
    /// Writes results.
    func out(_ text: String)
    /// Writes errors and progress.
    func err(_ text: String)
    /// Reads one line of standard input without its line break; nil at end of input.
    func readLine() -> String?
    /// Whether standard output is a terminal (colour and progress only then).
    var isTerminal: Bool { get }
}
