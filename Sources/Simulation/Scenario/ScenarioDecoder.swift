import JSON
import Portal

/// Reads the sections of a scenario file against the run they belong to, recording every
/// problem in one ``JSONIssues``.
///
/// Made once the run's `start`, `duration` and `timeZone` are known (they may come anywhere in
/// the file), so that every time can be resolved and checked against the run.
struct ScenarioDecoder {
    /// Where problems go.
    let issues: JSONIssues
    /// When the run starts; `+DURATION` times count from here.
    let start: Instant
    /// When the run ends.
    let end: Instant
    /// The zone times are shown in, in messages.
    let zone: Zone
    /// Whether `start`, `duration` and `timeZone` were read without a problem. When they were
    /// not, times are not checked against the run: they would be checked against defaults, and
    /// every time in the file would be reported for one mistake elsewhere.
    let isRunKnown: Bool

    /// How a time may be written, for messages about section times.
    static let timeForms = "a time like 2026-12-01T08:00:00+07:00, or +DURATION after the start like +1d8h"

    /// The time in `element`: ISO 8601 with an offset, or `+DURATION` after `base`; nil after
    /// recording an issue when it is malformed or outside the run.
    ///
    /// `expected` says how times may be written here (the base of `+` differs in scripts).
    func time(_ element: JSONElement, after base: Instant, expected: String = timeForms) -> Instant? {
        guard case .string(let text) = element.node.kind else {
            element.reject(expecting: expected, issues: issues)
            return nil
        }
        let instant: Instant
        if text.hasPrefix("+") {
            guard let span = TimeSpan(parsing: String(text.dropFirst())) else {
                element.reject(expecting: expected, issues: issues)
                return nil
            }
            let (sum, overflow) = base.millisecondsSince1970.addingReportingOverflow(span.milliseconds)
            // A span too long to add is far outside any run.
            instant = overflow ? Instant(millisecondsSince1970: .max) : Instant(millisecondsSince1970: sum)
        } else {
            do {
                instant = try Instant(iso8601: text)
            } catch .malformedTime {
                // The parser's own message does not know about `+DURATION`.
                element.reject(expecting: expected, issues: issues)
                return nil
            } catch {
                element.report(error.description, issues: issues)
                return nil
            }
        }
        guard !isRunKnown || (start...end).contains(instant) else {
            element.report(
                "expected a time within the run (\(start.display(in: zone)) to \(end.display(in: zone))), found '\(text)'",
                issues: issues)
            return nil
        }
        return instant
    }

    /// The time of member `key` counted from the run's start, nil when absent or wrong.
    func time(_ reader: inout JSONObjectReader, _ key: String) -> Instant? {
        reader.element(key).flatMap { time($0, after: start) }
    }

    /// The time of member `key`, which must be present.
    func requiredTime(_ reader: inout JSONObjectReader, _ key: String) -> Instant? {
        reader.required(key).flatMap { time($0, after: start) }
    }

    /// The duration in `element` within `bounds`; nil after recording an issue.
    func duration(_ element: JSONElement, _ bounds: DurationBounds) -> TimeSpan? {
        element.value(expected: bounds.expected, issues: issues) { text in
            TimeSpan(parsing: text).flatMap { bounds.range.contains($0) ? $0 : nil }
        }
    }

    /// The duration of member `key`, nil when absent or wrong.
    func duration(_ reader: inout JSONObjectReader, _ key: String, _ bounds: DurationBounds) -> TimeSpan? {
        reader.element(key).flatMap { duration($0, bounds) }
    }

    /// A Portal value parsed from the string in `element` (a username, an address, a document);
    /// a refusal is recorded with Portal's own message, which says what is wrong with it.
    func parsed<T>(_ element: JSONElement, expected: String, _ parse: (String) throws(PortalError) -> T) -> T? {
        guard case .string(let text) = element.node.kind else {
            element.reject(expecting: expected, issues: issues)
            return nil
        }
        do {
            return try parse(text)
        } catch {
            element.report(error.description, issues: issues)
            return nil
        }
    }

    /// Records `expected shares that sum to 1, found 0.95` about `reader`'s object unless
    /// `shares` sum to 1 (within 1e-6, for decimal fractions a computer cannot add exactly).
    func checkSum(of shares: [Double], in reader: JSONObjectReader) {
        let sum = shares.reduce(0, +)
        guard abs(sum - 1) > 1e-6 else { return }
        reader.report("expected shares that sum to 1, found \(Self.shown(sum))")
    }

    /// `sum` as people wrote its parts: rounded to millionths, so 0.6 + 0.25 + 0.1 shows as
    /// 0.95 and not 0.9500000000000001.
    static func shown(_ value: Double) -> String {
        let rounded = (value * 1e6).rounded() / 1e6
        if abs(rounded) < 1e15, let whole = Int(exactly: rounded) { return String(whole) }
        return rounded.description
    }
}

/// The durations a field accepts, and how a message states them.
struct DurationBounds {
    /// The accepted durations.
    let range: ClosedRange<TimeSpan>

    /// What a message says was expected.
    var expected: String { "a duration from \(range.lowerBound) to \(range.upperBound), like 30m or 4h" }

    /// Longer than nothing. At most a bit over a year, the longest run, so no time computed
    /// from it can overflow.
    static let positive = DurationBounds(range: .milliseconds(1) ... .days(366))
    /// Possibly nothing (an announcement lead time of 0s: published as it starts).
    static let nonNegative = DurationBounds(range: .zero ... .days(366))
    /// A run.
    static let run = DurationBounds(range: .milliseconds(1) ... .days(366))
    /// A component's idle response time.
    static let latency = DurationBounds(range: .zero ... .minutes(10))
    /// A mean time between random failures: a component may fail once in a decade.
    static let meanTimeBetweenFailures = DurationBounds(range: .milliseconds(1) ... .days(3650))
}

/// The random population a scenario describes, for checking names against it.
struct KnownPopulation {
    /// The scenario's master seed.
    let seed: UInt64
    /// Who the population is.
    let spec: PopulationSpec

    /// Whether a population account has the (lower-case) `username`.
    func has(username: String) -> Bool {
        PersonTraits.index(ofUsername: username, seed: seed, spec: spec) != nil
    }

    /// Whether a population account has the (lower-case) e-mail `address`; theirs are
    /// `<username>@<domain>`.
    /// Whether a population account has the (E.164) phone `number`.
    func has(phone number: String) -> Bool {
        PersonTraits.index(ofPhone: number, spec: spec) != nil
    }

    /// Whether a population account holds `document` (as its NIK or passport).
    func has(document: IdentityDocument) -> Bool {
        PersonTraits.index(ofDocument: document, seed: seed, spec: spec) != nil
    }

    func has(email address: String) -> Bool {
        guard let at = address.lastIndex(of: "@"),
              let index = PersonTraits.index(ofUsername: String(address[..<at]), seed: seed, spec: spec) else { return false }
        return PersonTraits(index: index, seed: seed, spec: spec).email == address
    }
}
