import Foundation
import JSON
import Portal
import World

/// Scenario files (DESIGN.md, "Scenario files").
///
/// A JSON object; every field but `name` has a default, so `{"name": "x"}` is a day of 1,000
/// people from 2026-12-01 00:00 WIB. A present field must be right, and unknown fields are
/// errors, nested ones included (a typo must not silently become a default). Every problem of
/// a file is reported at once, in file order, with file, line and JSON path; a bad field takes
/// its default so reading goes on. The sections are read by ``ScenarioDecoder``; the rules of
/// each are documented there.
///
/// Times are ISO 8601 with an offset (`2026-12-02T08:00:00+07:00`) or `+DURATION` after the
/// start (`+1d8h`; in a cast member's script, after the previous step), and must lie within
/// the run. Durations are written `250ms`, `90s`, `15m`, `2h`, `3d`, `1h30m`.
extension Scenario {
    /// Reads and decodes the scenario file at `path`.
    ///
    /// Throws `.unreadable` when the file cannot be read, and `.invalidScenario` with every
    /// problem (a syntax error, or all decoding problems) when it is not a valid scenario.
    /// `apoa scenario validate` is this call: its error lists everything wrong.
    public static func load(path: String) throws(SimulationError) -> Scenario {
        try decode(bytes: read(path), file: path)
    }

    /// The problems of the scenario file at `path`, in file order; empty when it is valid.
    ///
    /// Throws `.unreadable` when the file cannot be read. The same checks as ``load(path:)``.
    public static func validate(path: String) throws(SimulationError) -> [JSONIssue] {
        do {
            _ = try load(path: path)
            return []
        } catch {
            guard case .invalidScenario(let issues) = error else { throw error }
            return issues
        }
    }

    /// Decodes a scenario file's text; `file` names it in messages. Throws `.invalidScenario`
    /// listing every problem.
    public static func decode(text: String, file: String) throws(SimulationError) -> Scenario {
        try decode(bytes: Array(text.utf8), file: file)
    }

    /// Decodes a parsed scenario, adding every problem to `issues` (whose `file` names the file
    /// in messages).
    ///
    /// Returns nil only when the root is not an object; otherwise a scenario in which each bad
    /// field has its default. The scenario is valid only when `issues` stays empty.
    public static func decode(_ node: JSONNode, issues: JSONIssues) -> Scenario? {
        var root = JSONObjectReader(node, path: "", issues: issues)
        guard case .object = node.kind else { return nil }
        var scenario = Scenario(name: "")
        let decoder = readRun(&root, into: &scenario)

        if let element = root.element("name") {
            scenario.name = element.value(
                expected: "a name of 1 to 64 characters a-z, 0-9 and '-', like sms-gateway-outage", issues: issues,
                parse: { isName($0) ? $0 : nil }) ?? ""
        } else {
            _ = root.requiredString("name")
        }
        scenario.title = root.string("title", default: scenario.title)
        scenario.description = root.string("description", default: scenario.description)

        let populationIssues = issues.count
        scenario.seed = UInt64(root.integer("seed", default: Int(scenario.seed), in: 0...(1 << 53)))
        if var reader = root.object("population") {
            scenario.population = decoder.population(&reader)
            reader.finish()
        }
        // Names are checked against the population only when it is the one the file means.
        let population = issues.count == populationIssues ? KnownPopulation(seed: scenario.seed, spec: scenario.population) : nil

        if var reader = root.object("load") {
            scenario.load = decoder.load(&reader)
            reader.finish()
        }
        if let node = root.node("policy") {
            scenario.policy = PolicyCoding.decode(node, path: "policy", issues: issues)
        }
        if var reader = root.object("components") {
            scenario.components = decoder.components(&reader)
            reader.finish()
        }
        scenario.incidents = root.array("incidents")?.compactMap(decoder.incident) ?? []
        scenario.maintenance = root.array("maintenance")?.compactMap(decoder.maintenance) ?? []
        // The cast before the attacks, whose targets may name its members.
        scenario.cast = root.array("cast").map { decoder.cast($0, population: population) } ?? []
        let castNames = Set(scenario.cast.map(\.username.value))
        scenario.attacks = root.array("attacks")?.compactMap { element in
            decoder.attack(element, castNames: castNames, population: population)
        } ?? []
        if var reader = root.object("support") {
            scenario.support = decoder.support(&reader)
            reader.finish()
        }
        scenario.thresholds = root.array("thresholds")?.compactMap { element -> Threshold? in
            guard case .string(let text) = element.node.kind else {
                element.reject(expecting: "a threshold like \"loginSuccessRate >= 0.95\"", issues: issues)
                return nil
            }
            do throws(ThresholdError) {
                return try Threshold(parsing: text)
            } catch {
                element.report(error.description, issues: issues)
                return nil
            }
        } ?? []
        if let element = root.element("exercise") {
            // Kept as written for the grader; only what `apoa scenario brief` prints is checked here.
            scenario.exerciseSpec = decoder.checkExercise(element)
            if case .object = element.node.kind { scenario.exercise = element.node.value }
        }
        root.finish()
        return scenario
    }

    /// Reads `start`, `duration` and `timeZone` (wherever they are in the file) into
    /// `scenario`, and makes the decoder for the rest.
    private static func readRun(_ root: inout JSONObjectReader, into scenario: inout Scenario) -> ScenarioDecoder {
        let issues = root.issues
        let before = issues.count
        if let element = root.element("start") {
            if case .string(let text) = element.node.kind {
                do {
                    scenario.start = try Instant(iso8601: text)
                } catch {
                    element.report(error.description, issues: issues)
                }
            } else {
                element.reject(expecting: "a time with a zone offset, like 2026-12-01T00:00:00+07:00", issues: issues)
            }
        }
        scenario.duration = root.value("duration", default: scenario.duration, expected: DurationBounds.run.expected) { text in
            TimeSpan(parsing: text).flatMap { DurationBounds.run.range.contains($0) ? $0 : nil }
        }
        scenario.zone = root.value(
            "timeZone", default: scenario.zone,
            expected: "an IANA time zone name like Asia/Jakarta, Asia/Makassar or Asia/Jayapura", parse: Zone.init(identifier:))
        return ScenarioDecoder(
            issues: issues, start: scenario.start, end: scenario.end, zone: scenario.zone, isRunKnown: issues.count == before)
    }

    /// Whether `text` is a scenario name: 1 to 64 of `a-z`, `0-9` and `-`.
    private static func isName(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count) && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }

    private static func decode(bytes: [UInt8], file: String) throws(SimulationError) -> Scenario {
        let issues = JSONIssues(file: file)
        let node: JSONNode
        do {
            node = try JSONParser.parse(bytes: bytes)
        } catch {
            issues.add(error)
            throw .invalidScenario(issues.all)
        }
        guard let scenario = decode(node, issues: issues), issues.isEmpty else { throw .invalidScenario(issues.all) }
        return scenario
    }

    private static func read(_ path: String) throws(SimulationError) -> [UInt8] {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, why: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, why: "it is a directory") }
        guard files.isReadableFile(atPath: path) else { throw .unreadable(path: path, why: "permission denied") }
        guard let data = files.contents(atPath: path) else { throw .unreadable(path: path, why: "reading it failed") }
        return Array(data)
    }
}
