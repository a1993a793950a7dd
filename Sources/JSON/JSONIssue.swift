/// One problem found while decoding a JSON file, named by file, line and field path.
///
/// Decoding issues give a line and a path (`scenario.json:12: population.users: expected a
/// whole number ≥ 1, found -5`); a syntax error has no field to name, so it gives a line and a
/// column instead (`scenario.json:12:5: trailing comma before '}'`).
public struct JSONIssue: Equatable, Sendable, CustomStringConvertible {
    /// The file's display name, for example `Scenarios/quickstart.json`.
    public let file: String
    /// Where in the document: `population.users`, `cast[2].script[0].do`, or `""` for the root.
    public let path: String
    /// The 1-based line of the offending value or key, when known.
    public let line: Int?
    /// The 1-based column, given only for syntax errors.
    public let column: Int?
    /// What is wrong, lower-case: `expected a whole number ≥ 1, found -5`.
    public let message: String

    /// Makes an issue.
    public init(file: String, path: String, line: Int?, column: Int? = nil, message: String) {
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line: path: message`, leaving out the line or the path when there is none,
    /// with `:column` after the line when there is one.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}

/// The issues found in one file, shared by every reader decoding it.
///
/// A class, so that nested readers and element helpers append to one list and a decoder can
/// report every problem of a file at once instead of stopping at the first.
public final class JSONIssues: CustomStringConvertible {
    /// The file's display name, copied into every issue.
    public let file: String
    private var recorded: [(issue: JSONIssue, column: Int)] = []

    /// An empty list for the file with display name `file`.
    public init(file: String) {
        self.file = file
    }

    /// Every issue in file order: by line, then column, then the order recorded; issues without
    /// a line come first.
    ///
    /// Readers are called in the decoder's order and unknown fields are found last, so
    /// sorting is what makes the list read top to bottom like the file.
    public var all: [JSONIssue] {
        recorded.enumerated().sorted { left, right in
            let (l, r) = (left.element, right.element)
            let (lLine, rLine) = (l.issue.line ?? 0, r.issue.line ?? 0)
            if lLine != rLine { return lLine < rLine }
            if l.column != r.column { return l.column < r.column }
            return left.offset < right.offset
        }.map(\.element.issue)
    }

    /// Whether nothing is wrong.
    public var isEmpty: Bool { recorded.isEmpty }

    /// How many issues were recorded.
    public var count: Int { recorded.count }

    /// The issues in file order, one description per line, without a trailing newline.
    public var description: String {
        all.map(\.description).joined(separator: "\n")
    }

    /// Records an issue at a line, or for the whole file when `line` is nil.
    public func add(_ message: String, path: String, line: Int?) {
        recorded.append((JSONIssue(file: file, path: path, line: line, message: message), 0))
    }

    /// Records an issue about a parsed value, at its line.
    public func add(_ message: String, path: String, at node: JSONNode) {
        add(message, path: path, line: node.line, sortColumn: node.column)
    }

    /// Records a syntax error from ``JSONParser`` as an issue with its line and column.
    public func add(_ error: JSONSyntaxError) {
        let issue = JSONIssue(file: file, path: "", line: error.line, column: error.column, message: error.message)
        recorded.append((issue, error.column))
    }

    /// Records an issue at a line, placed among the issues of that line by `sortColumn`.
    func add(_ message: String, path: String, line: Int, sortColumn: Int) {
        recorded.append((JSONIssue(file: file, path: path, line: line, message: message), sortColumn))
    }
}
