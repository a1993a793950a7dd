import JSON
import Testing

@Suite("Issues")
struct IssueTests {
    static let descriptions: [(JSONIssue, String)] = [
        (JSONIssue(file: "scenario.json", path: "population.users", line: 12, message: "expected a whole number ≥ 1, found -5"),
         "scenario.json:12: population.users: expected a whole number ≥ 1, found -5"),
        (JSONIssue(file: "scenario.json", path: "population.users", line: nil, message: "m"), "scenario.json: population.users: m"),
        (JSONIssue(file: "scenario.json", path: "", line: 3, message: "m"), "scenario.json:3: m"),
        (JSONIssue(file: "scenario.json", path: "", line: nil, message: "cannot read the file"), "scenario.json: cannot read the file"),
        (JSONIssue(file: "a.json", path: "", line: 2, column: 5, message: "trailing comma before '}'"),
         "a.json:2:5: trailing comma before '}'"),
    ]

    @Test("descriptions", arguments: descriptions)
    func description(issue: JSONIssue, expected: String) {
        #expect(issue.description == expected)
    }

    @Test("a syntax error becomes an issue with line and column")
    func syntaxError() {
        let issues = JSONIssues(file: "policy.json")
        do {
            _ = try JSONParser.parse("{\n  \"mode\": \"off\",\n}")
            Issue.record("expected a syntax error")
        } catch {
            issues.add(error)
        }
        #expect(issues.description == "policy.json:2:16: trailing comma before '}'")
    }

    @Test("all is in file order: issues without a line first, then by line and column, ties in recorded order")
    func order() throws {
        let issues = JSONIssues(file: "f.json")
        let node = try JSONParser.parse("[1,\n 2, 3]")
        guard case .array(let elements) = node.kind else {
            Issue.record("expected an array")
            return
        }
        issues.add("third on line 2", path: "[2]", at: elements[2])
        issues.add("second on line 2", path: "[1]", at: elements[1])
        issues.add("line 2 too", path: "", line: 2)
        issues.add("first line", path: "[0]", at: elements[0])
        issues.add("whole file", path: "", line: nil)
        #expect(issues.all.map(\.message) == ["whole file", "first line", "line 2 too", "second on line 2", "third on line 2"])
        #expect(issues.count == 5)
        #expect(!issues.isEmpty)
    }
}

@Suite("Edit distance")
struct EditDistanceTests {
    static let distances: [(String, String, Int)] = [
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abc", "", 3),
        ("same", "same", 0),
        ("flaw", "lawn", 2),
        ("Case", "case", 1),
        ("日本", "日本語", 1),
        ("maxFailure", "maxFailures", 1),
    ]

    @Test("Levenshtein distance", arguments: distances)
    func distance(a: String, b: String, expected: Int) {
        #expect(editDistance(a, b) == expected)
        #expect(editDistance(b, a) == expected)
    }

    static let matches: [(String, [String], String?)] = [
        ("maxFailure", ["mode", "maxFailures", "maxWait"], "maxFailures"),
        ("temporay", ["off", "temporary", "permanent"], "temporary"),
        ("TEMPORARY", ["off", "temporary"], "temporary"),
        ("wrold", ["seed", "world"], "world"),
        ("ip", ["id", "ip2"], "id"),
        ("xy", ["at", "do"], nil),
        ("zzzzzz", ["users"], nil),
        ("anything", [], nil),
        ("waitincrement", ["waitIncrement", "maxWait"], "waitIncrement"),
        ("sessionsPerUserPerDya", ["sessionsPerUserPerDay"], "sessionsPerUserPerDay"),
    ]

    @Test("closest match within the typo threshold", arguments: matches)
    func closest(text: String, candidates: [String], expected: String?) {
        #expect(closestMatch(to: text, among: candidates) == expected)
    }
}
