/// Why a text is not JSON, and where.
///
/// `line` and `column` are 1-based; a column counts Unicode scalars from the start of the line.
/// Messages are lower-case, for example `expected ',' or '}' after an object member`,
/// `unterminated string`, `duplicate key 'seed' (first at line 3)`, `trailing comma before ']'`,
/// `comments are not JSON`.
public struct JSONSyntaxError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The 1-based line of the problem.
    public let line: Int
    /// The 1-based column of the problem.
    public let column: Int
    /// What is wrong, lower-case, without the position.
    public let message: String

    /// Makes an error at a position.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`, ready to follow a file name and a colon.
    public var description: String {
        "\(line):\(column): \(message)"
    }
}
