/// A parsed value together with its path in the document, with typed readers that record an
/// issue and return nil when the value is not what was expected.
///
/// ``JSONObjectReader`` hands these out for array elements (`cast[1]`) and uses the same
/// readers for its fields, so a value is checked the same way wherever it sits.
public struct JSONElement: Sendable {
    /// The value.
    public let node: JSONNode
    /// Where it is: `cast[1].script[0]`, or `""` for the root.
    public let path: String

    /// Pairs a value with its path.
    public init(node: JSONNode, path: String) {
        self.node = node
        self.path = path
    }

    /// A reader for this value's members; when it is not an object the reader records
    /// "expected an object, found …" and then returns defaults.
    public func object(issues: JSONIssues) -> JSONObjectReader {
        JSONObjectReader(node, path: path, issues: issues)
    }

    /// The elements of an array, with paths `path[0]`, `path[1]`, …
    public func array(issues: JSONIssues) -> [JSONElement]? {
        guard case .array(let elements) = node.kind else {
            return mismatch("an array", issues: issues)
        }
        return elements.enumerated().map { JSONElement(node: $1, path: "\(path)[\($0)]") }
    }

    /// The text of a string.
    public func string(issues: JSONIssues) -> String? {
        guard case .string(let text) = node.kind else {
            return mismatch("a string", issues: issues)
        }
        return text
    }

    /// `true` or `false`.
    public func bool(issues: JSONIssues) -> Bool? {
        guard case .bool(let value) = node.kind else {
            return mismatch("true or false", issues: issues)
        }
        return value
    }

    /// A whole number, optionally within `range`.
    ///
    /// Any number literal whose value is whole is accepted (`20000`, `2e4`, `20000.0`).
    /// Messages: `expected a whole number, found 1.5`, `expected a whole number ≥ 1, found -5`
    /// (when the range has no upper bound, `Int.max`), `expected a whole number from 1 to 10,
    /// found 20`.
    public func integer(in range: ClosedRange<Int>? = nil, issues: JSONIssues) -> Int? {
        let expectation = JSONElement.wholeNumberExpectation(range)
        guard case .number(let text) = node.kind else {
            return mismatch(expectation, issues: issues)
        }
        guard let value = JSONElement.wholeNumber(text) else {
            // A whole literal that overflows is out of range, not "not whole".
            if let double = Double(text), double == double.rounded(), range == nil {
                return mismatch(JSONElement.wholeNumberExpectation(Int.min...Int.max), issues: issues)
            }
            return mismatch(expectation, issues: issues)
        }
        if let range, !range.contains(value) {
            return mismatch(expectation, issues: issues)
        }
        return value
    }

    /// A finite number, optionally within `range`; whole numbers are accepted.
    ///
    /// Messages: `expected a number, found 'high'`, `expected a number from 0 to 1, found 1.5`,
    /// `expected a number ≥ 0, found -1` (when the upper bound is infinite).
    public func double(in range: ClosedRange<Double>? = nil, issues: JSONIssues) -> Double? {
        let expectation = JSONElement.numberExpectation(range)
        guard case .number(let text) = node.kind else {
            return mismatch(expectation, issues: issues)
        }
        guard let value = Double(text), value.isFinite else {
            return mismatch("expected a finite number", issues: issues)
        }
        if let range, !range.contains(value) {
            return mismatch(expectation, issues: issues)
        }
        return value
    }

    /// A domain value written as a string (a duration, a time, a name).
    ///
    /// `parse` returns nil for text it does not accept; the issue then says
    /// `expected <expected>, found '<text>'`, for example
    /// `expected a duration such as 15m or 1h30m, found '15 minutes'`.
    public func value<T>(expected: String, issues: JSONIssues, parse: (String) -> T?) -> T? {
        guard case .string(let text) = node.kind else {
            return mismatch(expected, issues: issues)
        }
        guard let value = parse(text) else {
            return mismatch(expected, issues: issues)
        }
        return value
    }

    /// One string of a fixed set.
    ///
    /// The issue lists the set and suggests the closest member:
    /// `expected one of off, temporary, permanent, found 'temporay' (did you mean 'temporary'?)`.
    public func oneOf(_ allowed: [String], issues: JSONIssues) -> String? {
        let expectation = "one of " + allowed.joined(separator: ", ")
        guard case .string(let text) = node.kind else {
            return mismatch(expectation, issues: issues)
        }
        guard allowed.contains(text) else {
            let suggestion = closestMatch(to: text, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            issues.add("expected \(expectation), found \(node.foundDescription)\(suggestion)", path: path, at: node)
            return nil
        }
        return text
    }

    /// Records `expected <expectation>, found <this value>` and returns nil.
    func mismatch<T>(_ expectation: String, issues: JSONIssues) -> T? {
        let phrase = expectation.hasPrefix("expected ") ? expectation : "expected \(expectation)"
        issues.add("\(phrase), found \(node.foundDescription)", path: path, at: node)
        return nil
    }

    /// The path of member `key` of the object at `base`: `base.key`, or `base["odd key"]`
    /// when the key is not a plain name.
    static func path(_ base: String, member key: String) -> String {
        guard isPlainName(key) else { return "\(base)[\(JSONValue.quoted(key))]" }
        return base.isEmpty ? key : "\(base).\(key)"
    }

    private static func isPlainName(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return false }
        let isLetter = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_")
        }
        return isLetter(first) && key.utf8.allSatisfy { isLetter($0) || JSONParser.isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    private static func wholeNumber(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        guard let double = Double(text) else { return nil }
        return Int(exactly: double)
    }

    private static func wholeNumberExpectation(_ range: ClosedRange<Int>?) -> String {
        guard let range else { return "expected a whole number" }
        switch (range.lowerBound == Int.min, range.upperBound == Int.max) {
        case (true, true): return "expected a whole number from \(Int.min) to \(Int.max)"
        case (false, true): return "expected a whole number ≥ \(range.lowerBound)"
        case (true, false): return "expected a whole number ≤ \(range.upperBound)"
        case (false, false): return "expected a whole number from \(range.lowerBound) to \(range.upperBound)"
        }
    }

    private static func numberExpectation(_ range: ClosedRange<Double>?) -> String {
        guard let range else { return "expected a number" }
        let (lower, upper) = (range.lowerBound, range.upperBound)
        switch (lower == -.infinity, upper == .infinity) {
        case (true, true): return "expected a number"
        case (false, true): return "expected a number ≥ \(bound(lower))"
        case (true, false): return "expected a number ≤ \(bound(upper))"
        case (false, false): return "expected a number from \(bound(lower)) to \(bound(upper))"
        }
    }

    // "from 0 to 1" reads better than Swift's "from 0.0 to 1.0".
    private static func bound(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15, let whole = Int(exactly: value) { return String(whole) }
        return value.description
    }
}
