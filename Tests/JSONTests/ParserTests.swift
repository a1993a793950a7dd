import JSON
import Testing

@Suite("Parser")
struct ParserTests {
    static let rfcImage = """
        {
          "Image": {
            "Width":  800,
            "Height": 600,
            "Title":  "View from 15th Floor",
            "Thumbnail": {
              "Url":    "http://www.example.com/image/481989943",
              "Height": 125,
              "Width":  100
            },
            "Animated" : false,
            "IDs": [116, 943, 234, 38793]
          }
        }
        """

    @Test("the RFC 8259 object example")
    func rfcObject() throws {
        let node = try JSONParser.parse(Self.rfcImage)
        let expected: JSONValue = [
            "Image": [
                "Width": 800, "Height": 600, "Title": "View from 15th Floor",
                "Thumbnail": ["Url": "http://www.example.com/image/481989943", "Height": 125, "Width": 100],
                "Animated": false,
                "IDs": [116, 943, 234, 38793],
            ],
        ]
        #expect(node.value == expected)
    }

    @Test("the RFC 8259 array example")
    func rfcArray() throws {
        let text = """
            [
              {
                 "precision": "zip",
                 "Latitude":  37.7668,
                 "Longitude": -122.3959,
                 "Address":   "",
                 "City":      "SAN FRANCISCO",
                 "State":     "CA",
                 "Zip":       "94107",
                 "Country":   "US"
              },
              {
                 "precision": "zip",
                 "Latitude":  37.371991,
                 "Longitude": -122.026020,
                 "Address":   "",
                 "City":      "SUNNYVALE",
                 "State":     "CA",
                 "Zip":       "94085",
                 "Country":   "US"
              }
            ]
            """
        let value = try JSONParser.parse(text).value
        #expect(value[0]?["Latitude"] == 37.7668)
        #expect(value[1]?["Longitude"] == -122.02602)
        #expect(value[1]?["City"] == "SUNNYVALE")
        #expect(value[0]?["Address"] == "")
    }

    static let accepted: [(String, JSONValue)] = [
        ("3", 3),
        (#""Hello world!""#, "Hello world!"),
        ("true", true),
        ("false", false),
        ("null", nil),
        (" \t\r\n[ ] \n", []),
        ("{ }", [:]),
        ("-0", 0),
        ("-0.0", -0.0),
        ("1.5e3", 1500.0),
        ("1E-2", 0.01),
        ("2e+2", 200.0),
        ("9223372036854775807", .integer(Int64.max)),
        ("-9223372036854775808", .integer(Int64.min)),
        ("9223372036854775808", 9223372036854775808.0),
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""\u0041\u00e9\u65E5""#, "Aé日"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\u0000""#, "\u{0}"),
        ("\"é日本😀\"", "é日本😀"),
        ("\u{FEFF}[1]", [1]),
        (#"{"a":{"b":[1,{"c":null}]}}"#, ["a": ["b": [1, ["c": nil]]]]),
    ]

    @Test("accepts valid text", arguments: accepted)
    func accepts(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text).value == expected)
    }

    @Test("numbers keep their literal text")
    func numberText() throws {
        let node = try JSONParser.parse("[1.5e3, -5, 0.10]")
        guard case .array(let elements) = node.kind else {
            Issue.record("expected an array")
            return
        }
        #expect(elements.map(\.kind) == [.number("1.5e3"), .number("-5"), .number("0.10")])
    }

    @Test("every value and key has its line and column, counted in Unicode scalars")
    func positions() throws {
        let node = try JSONParser.parse("{\n  \"a\": [1, \"é\", true],\n  \"b\": null\n}")
        #expect((node.line, node.column) == (1, 1))
        guard case .object(let members) = node.kind, case .array(let elements) = members[0].value.kind else {
            Issue.record("expected an object holding an array")
            return
        }
        #expect((members[0].keyLine, members[0].keyColumn) == (2, 3))
        #expect((members[0].value.line, members[0].value.column) == (2, 8))
        #expect(elements.map { [$0.line, $0.column] } == [[2, 9], [2, 12], [2, 17]])
        #expect((members[1].keyLine, members[1].keyColumn, members[1].value.column) == (3, 3, 8))
    }

    @Test("CRLF and lone CR end lines")
    func lineEndings() throws {
        let node = try JSONParser.parse("[\r\n1,\r2]")
        guard case .array(let elements) = node.kind else {
            Issue.record("expected an array")
            return
        }
        #expect(elements.map { [$0.line, $0.column] } == [[2, 1], [3, 1]])
    }

    struct Rejected: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    static let rejected: [Rejected] = [
        .init(text: "[1, 2,]", line: 1, column: 6, message: "trailing comma before ']'"),
        .init(text: "{\"a\": 1,\n}", line: 1, column: 8, message: "trailing comma before '}'"),
        .init(text: "[01]", line: 1, column: 2, message: "a number cannot have a leading zero"),
        .init(text: "-012", line: 1, column: 1, message: "a number cannot have a leading zero"),
        .init(text: "+1", line: 1, column: 1, message: "a number cannot start with '+'"),
        .init(text: ".5", line: 1, column: 1, message: "a number must start with a digit, found '.'"),
        .init(text: "[1.]", line: 1, column: 4, message: "expected a digit after the decimal point, found ']'"),
        .init(text: "1e", line: 1, column: 3, message: "expected a digit in the exponent, found the end of the text"),
        .init(text: "-", line: 1, column: 2, message: "expected a digit after '-', found the end of the text"),
        .init(text: "NaN", line: 1, column: 1, message: "expected a value, found 'NaN' (JSON numbers are finite)"),
        .init(text: "[Infinity]", line: 1, column: 2, message: "expected a value, found 'Infinity' (JSON numbers are finite)"),
        .init(text: "True", line: 1, column: 1, message: "expected a value, found 'True'"),
        .init(text: "nullx", line: 1, column: 1, message: "expected a value, found 'nullx'"),
        .init(text: #""\uD800""#, line: 1, column: 2, message: #"lone surrogate \uD800 in a string"#),
        .init(text: #""ab\udc00""#, line: 1, column: 4, message: #"lone surrogate \uDC00 in a string"#),
        .init(text: #""\uD800\u0041""#, line: 1, column: 2, message: #"lone surrogate \uD800 in a string"#),
        .init(text: #""\u12""#, line: 1, column: 2, message: #"expected four hex digits after '\u'"#),
        .init(text: #""abc"#, line: 1, column: 1, message: "unterminated string"),
        .init(text: "{\"a\": \"abc\n}", line: 1, column: 7, message: "unterminated string"),
        .init(text: #""abc\"#, line: 1, column: 1, message: "unterminated string"),
        .init(text: "{\"seed\": 1,\n \"seed\": 2}", line: 2, column: 2, message: "duplicate key 'seed' (first at line 1)"),
        .init(text: #"["\x"]"#, line: 1, column: 3, message: #"invalid escape '\x' in a string"#),
        .init(text: #""\'""#, line: 1, column: 2, message: #"invalid escape '\'' in a string"#),
        .init(text: "\"a\tb\"", line: 1, column: 3, message: "a string cannot hold the control character U+0009 unescaped"),
        .init(text: "1 2", line: 1, column: 3, message: "expected the end of the text after the value, found '2'"),
        .init(text: "{}\n{}", line: 2, column: 1, message: "expected the end of the text after the value, found '{'"),
        .init(text: "", line: 1, column: 1, message: "the text is empty, expected a JSON value"),
        .init(text: "  \n ", line: 2, column: 2, message: "the text is empty, expected a JSON value"),
        .init(text: "[", line: 1, column: 2, message: "expected a value, found the end of the text"),
        .init(text: "[1,", line: 1, column: 4, message: "expected a value, found the end of the text"),
        .init(text: "[1 2]", line: 1, column: 4, message: "expected ',' or ']' after an array element, found '2'"),
        .init(text: "{\"a\": 1 \"b\": 2}", line: 1, column: 9, message: "expected ',' or '}' after an object member, found '\"'"),
        .init(text: "{\"a\": 1", line: 1, column: 8, message: "expected ',' or '}' after an object member, found the end of the text"),
        .init(text: "{\"a\" 1}", line: 1, column: 6, message: "expected ':' after the key 'a', found '1'"),
        .init(text: "{a: 1}", line: 1, column: 2, message: "expected a key in double quotes, found 'a'"),
        .init(text: "{\"a\": 1, }", line: 1, column: 8, message: "trailing comma before '}'"),
        .init(text: "['a']", line: 1, column: 2, message: "strings must be in double quotes, not single quotes"),
        .init(text: "// note\n{}", line: 1, column: 1, message: "comments are not JSON"),
        .init(text: "{\"a\": 1 /* why */}", line: 1, column: 9, message: "comments are not JSON"),
        .init(text: "\u{1}", line: 1, column: 1, message: "expected a value, found the control character U+0001"),
        .init(text: "[é]", line: 1, column: 2, message: "expected a value, found 'é'"),
        .init(text: "\"é\" x", line: 1, column: 5, message: "expected the end of the text after the value, found 'x'"),
        .init(
            text: String(repeating: "[", count: 10_000), line: 1, column: 513,
            message: "arrays and objects nest deeper than 512 levels"),
        .init(
            text: String(repeating: "{\"a\":", count: 600), line: 1, column: 5 * 512 + 1,
            message: "arrays and objects nest deeper than 512 levels"),
    ]

    @Test("rejects malformed text with position and message", arguments: rejected)
    func rejects(_ example: Rejected) {
        #expect(throws: JSONSyntaxError(line: example.line, column: example.column, message: example.message)) {
            try JSONParser.parse(example.text)
        }
    }

    @Test("nesting up to the limit is accepted")
    func deepestAllowed() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try JSONParser.parse(text)
    }

    static let invalidUTF8: [([UInt8], Int, String)] = [
        ([0x22, 0x61, 0xFF, 0x22], 3, "invalid UTF-8 (byte 0xFF)"),
        ([0x22, 0xC0, 0xAF, 0x22], 2, "invalid UTF-8 (byte 0xC0)"),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 2, "invalid UTF-8 (byte 0xED)"),
        ([0x22, 0xC3, 0x22], 2, "invalid UTF-8 (byte 0xC3)"),
        ([0x5B, 0x0A, 0x22, 0xE6, 0x97, 0xA5, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D], 3, "invalid UTF-8 (byte 0xF4)"),
    ]

    @Test("rejects invalid UTF-8 bytes", arguments: invalidUTF8)
    func rejectsInvalidUTF8(bytes: [UInt8], column: Int, message: String) {
        let line = bytes.contains(0x0A) ? 2 : 1
        #expect(throws: JSONSyntaxError(line: line, column: column, message: message)) {
            try JSONParser.parse(bytes: bytes)
        }
    }

    @Test("bytes and text parse the same")
    func bytes() throws {
        let text = "{\"name\": \"Wijaya 😀\", \"n\": [1, 2.5]}"
        #expect(try JSONParser.parse(bytes: Array(text.utf8)) == JSONParser.parse(text))
        #expect(try JSONParser.parse(bytes: [0xEF, 0xBB, 0xBF, 0x5B, 0x5D]).column == 1)
    }

    @Test("a syntax error describes itself as line:column: message")
    func errorDescription() {
        #expect(JSONSyntaxError(line: 12, column: 5, message: "unterminated string").description == "12:5: unterminated string")
    }
}

@Suite("Round trip")
struct RoundTripTests {
    static let values: [JSONValue] = [
        nil, true, false, 0, -1, .integer(Int64.min), .integer(Int64.max),
        0.1, 1e-7, 1.0, -1.5e300, .double(.leastNonzeroMagnitude), 1e16, 123456.789,
        "", "plain", "quote \" backslash \\ slash / tab \t nl \n nul \u{0} del \u{7F}", "é日本😀\u{1F1EE}\u{1F1E9}",
        [], [:], [1, "two", [3.5, nil]],
        ["name": "sms-gateway-outage", "seed": 42, "population": ["users": 20000, "foreigners": 0.35],
         "cast": [["username": "ani.wijaya", "script": [["at": "+30s", "do": "login"]]]], "empty": [:]],
    ]

    @Test("parse(render(v)).value == v, pretty and compact", arguments: values)
    func roundTrip(value: JSONValue) throws {
        #expect(try JSONParser.parse(value.rendered(pretty: true)).value == value)
        #expect(try JSONParser.parse(value.rendered(pretty: false)).value == value)
    }
}
