/// Reads the fields of one JSON object with defaults, recording every problem in a shared
/// ``JSONIssues`` instead of stopping at the first.
///
/// Each getter returns its default when the key is absent (no issue); when the key is present
/// but its value is wrong, it records an issue at the value's line and returns the default.
/// A reader remembers every key a getter asked for; ``finish()`` then reports each member
/// nobody asked for as an unknown field, with a "did you mean" suggestion drawn from the
/// keys that were asked for, so a typo never silently becomes a default.
///
/// ```swift
/// var root = JSONObjectReader(node, path: "", issues: issues)
/// let name = root.requiredString("name")
/// if var population = root.object("population") {
///     users = population.integer("users", default: 1000, in: 1...Int.max)
///     population.finish()
/// }
/// root.finish()
/// ```
///
/// A reader made for a value that is not an object records "expected an object, found …"
/// once, then returns defaults and reports nothing more.
/// `null` is a wrong value like any other, not a way to write "absent".
public struct JSONObjectReader {
    /// Where this object is: `population`, `cast[1]`, or `""` for the root.
    public let path: String
    /// The object being read.
    public let node: JSONNode
    /// Where issues go; pass it on to ``JSONElement`` readers of arrays.
    public let issues: JSONIssues

    private let members: [JSONMember]
    private let indexByKey: [String: Int]
    private let isObject: Bool
    // Kept in the order asked so "did you mean" breaks ties the same way on every run.
    private var askedKeys: [String] = []
    private var readKeys: Set<String> = []

    /// A reader for `node`, an object at `path`; records an issue if `node` is not an object.
    public init(_ node: JSONNode, path: String, issues: JSONIssues) {
        self.node = node
        self.path = path
        self.issues = issues
        if case .object(let members) = node.kind {
            self.members = members
            isObject = true
        } else {
            members = []
            isObject = false
            issues.add("expected an object, found \(node.foundDescription)", path: path, at: node)
        }
        var indexByKey: [String: Int] = [:]
        for (index, member) in members.enumerated() where indexByKey[member.key] == nil {
            indexByKey[member.key] = index
        }
        self.indexByKey = indexByKey
    }

    /// Whether the object has a member `key`; does not count as reading it.
    public func has(_ key: String) -> Bool {
        indexByKey[key] != nil
    }

    /// The member `key` as an element with its path, marking it read; nil when absent.
    ///
    /// Every getter goes through here, which is what lets ``finish()`` know the known keys.
    public mutating func element(_ key: String) -> JSONElement? {
        if !askedKeys.contains(key) { askedKeys.append(key) }
        guard let index = indexByKey[key] else { return nil }
        readKeys.insert(key)
        return JSONElement(node: members[index].value, path: JSONElement.path(path, member: key))
    }

    /// The raw value of member `key`, marking it read; nil when absent.
    public mutating func node(_ key: String) -> JSONNode? {
        element(key)?.node
    }

    /// Marks `key` as known and read without reading it, for fields that are allowed but unused.
    public mutating func ignore(_ key: String) {
        _ = element(key)
    }

    /// A string, or `default` when absent or wrong.
    public mutating func string(_ key: String, default: String) -> String {
        string(key) ?? `default`
    }

    /// A string, or nil when absent or wrong.
    public mutating func string(_ key: String) -> String? {
        element(key)?.string(issues: issues)
    }

    /// A string that must be present: when absent, records `missing required field 'key'`
    /// at this object's line and returns nil.
    public mutating func requiredString(_ key: String) -> String? {
        guard let element = element(key) else {
            if isObject { issues.add("missing required field '\(key)'", path: path, at: node) }
            return nil
        }
        return element.string(issues: issues)
    }

    /// `true` or `false`, or `default` when absent or wrong.
    public mutating func bool(_ key: String, default: Bool) -> Bool {
        bool(key) ?? `default`
    }

    /// `true` or `false`, or nil when absent or wrong.
    public mutating func bool(_ key: String) -> Bool? {
        element(key)?.bool(issues: issues)
    }

    /// A whole number within `range` (when given), or `default` when absent or wrong.
    ///
    /// See ``JSONElement/integer(in:issues:)`` for what is accepted and the messages.
    public mutating func integer(_ key: String, default: Int, in range: ClosedRange<Int>? = nil) -> Int {
        integer(key, in: range) ?? `default`
    }

    /// A whole number within `range` (when given), or nil when absent or wrong.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        element(key)?.integer(in: range, issues: issues)
    }

    /// A finite number within `range` (when given), or `default` when absent or wrong;
    /// whole numbers are accepted.
    public mutating func double(_ key: String, default: Double, in range: ClosedRange<Double>? = nil) -> Double {
        double(key, in: range) ?? `default`
    }

    /// A finite number within `range` (when given), or nil when absent or wrong.
    public mutating func double(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        element(key)?.double(in: range, issues: issues)
    }

    /// A domain value parsed from a string (a duration, a time, an enum), or `default` when
    /// absent or wrong; a string `parse` rejects gives `expected <expected>, found '<text>'`.
    public mutating func value<T>(_ key: String, default: T, expected: String, parse: (String) -> T?) -> T {
        value(key, expected: expected, parse: parse) ?? `default`
    }

    /// A domain value parsed from a string, or nil when absent or wrong.
    public mutating func value<T>(_ key: String, expected: String, parse: (String) -> T?) -> T? {
        element(key)?.value(expected: expected, issues: issues, parse: parse)
    }

    /// One string of `allowed`, or `default` when absent or wrong; the issue lists the choices
    /// and suggests the closest: `expected one of off, temporary, permanent, found 'temporay'
    /// (did you mean 'temporary'?)`.
    public mutating func oneOf(_ key: String, default: String, allowed: [String]) -> String {
        oneOf(key, allowed: allowed) ?? `default`
    }

    /// One string of `allowed`, or nil when absent or wrong.
    public mutating func oneOf(_ key: String, allowed: [String]) -> String? {
        element(key)?.oneOf(allowed, issues: issues)
    }

    /// A reader for the object in member `key` (path `path.key`), or nil when absent or not an
    /// object. Call ``finish()`` on it too.
    public mutating func object(_ key: String) -> JSONObjectReader? {
        guard let element = element(key) else { return nil }
        guard case .object = element.node.kind else {
            return element.mismatch("an object", issues: issues)
        }
        return element.object(issues: issues)
    }

    /// The elements of the array in member `key` (paths `path.key[0]`, …), or nil when absent
    /// or not an array.
    public mutating func array(_ key: String) -> [JSONElement]? {
        element(key)?.array(issues: issues)
    }

    /// Every member as a key and an element, marking all of them read: for objects whose keys
    /// are data (a map from names to values) rather than fields.
    public mutating func entries() -> [(key: String, element: JSONElement)] {
        members.map { member in
            readKeys.insert(member.key)
            return (member.key, JSONElement(node: member.value, path: JSONElement.path(path, member: member.key)))
        }
    }

    /// Records every member that no getter asked for, in file order, at the key's line:
    /// `unknown field 'maxFailure' (did you mean 'maxFailures'?)`. Call it once, after the
    /// last getter.
    public func finish() {
        for member in members where !readKeys.contains(member.key) {
            let suggestion = closestMatch(to: member.key, among: askedKeys).map { " (did you mean '\($0)'?)" } ?? ""
            issues.add(
                "unknown field '\(member.key)'\(suggestion)", path: path,
                line: member.keyLine, sortColumn: member.keyColumn)
        }
    }
}
