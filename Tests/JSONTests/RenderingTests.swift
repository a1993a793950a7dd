import JSON
import Testing

@Suite("Rendering")
struct RenderingTests {
    static let scalars: [(JSONValue, String)] = [
        (.null, "null"),
        (true, "true"),
        (false, "false"),
        (0, "0"),
        (-42, "-42"),
        (.integer(Int64.min), "-9223372036854775808"),
        (.integer(Int64.max), "9223372036854775807"),
        (0.1, "0.1"),
        (1e-7, "1e-07"),
        (-0.0, "-0.0"),
        (100.0, "100.0"),
        (1e21, "1e+21"),
        (.double(.leastNonzeroMagnitude), "5e-324"),
        (.double(.nan), "null"),
        (.double(.infinity), "null"),
        (.double(-.infinity), "null"),
        ("", #""""#),
        (#"say "hi" \ bye"#, #""say \"hi\" \\ bye""#),
        ("\n\r\t\u{8}\u{C}", #""\n\r\t\b\f""#),
        ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("a/b", #""a/b""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("é日本😀", #""é日本😀""#),
        ([], "[]"),
        ([:], "{}"),
    ]

    @Test("scalars and empty containers render the same pretty and compact", arguments: scalars)
    func scalar(value: JSONValue, expected: String) {
        #expect(value.rendered(pretty: true) == expected)
        #expect(value.rendered(pretty: false) == expected)
    }

    static let nested: JSONValue = [
        "name": "ani",
        "failures": 3,
        "tags": ["a", "b"],
        "empty": [],
        "obj": [:],
        "nested": ["z": nil, "a": true, "list": [[1, [2]], [:]]],
    ]

    @Test("pretty output indents by two spaces, keeps key order, has no trailing newline")
    func pretty() {
        let expected = """
            {
              "name": "ani",
              "failures": 3,
              "tags": [
                "a",
                "b"
              ],
              "empty": [],
              "obj": {},
              "nested": {
                "z": null,
                "a": true,
                "list": [
                  [
                    1,
                    [
                      2
                    ]
                  ],
                  {}
                ]
              }
            }
            """
        #expect(Self.nested.rendered() == expected)
    }

    @Test("compact output has no whitespace")
    func compact() {
        let expected = #"{"name":"ani","failures":3,"tags":["a","b"],"empty":[],"obj":{},"nested":{"z":null,"a":true,"list":[[1,[2]],{}]}}"#
        #expect(Self.nested.rendered(pretty: false) == expected)
    }

    @Test("keys are escaped like strings")
    func escapedKeys() {
        let value: JSONValue = ["a\"b": 1, "é\n": 2]
        #expect(value.rendered(pretty: false) == #"{"a\"b":1,"é\n":2}"#)
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() {
        #expect(Self.nested.rendered() == Self.nested.rendered())
    }
}

@Suite("JSONValue")
struct JSONValueTests {
    @Test("literals build the matching cases")
    func literals() {
        let value: JSONValue = ["n": nil, "b": true, "i": 1, "d": 1.5, "s": "x", "a": [1], "o": ["k": "v"]]
        let expected = JSONValue.object([
            ("n", .null), ("b", .bool(true)), ("i", .integer(1)), ("d", .double(1.5)),
            ("s", .string("x")), ("a", .array([.integer(1)])), ("o", .object([("k", .string("v"))])),
        ])
        #expect(value == expected)
    }

    @Test("optional conveniences give null for nil")
    func optionals() {
        let noText: String? = nil
        let noInt: Int? = nil
        let noInt64: Int64? = nil
        let noDouble: Double? = nil
        let noBool: Bool? = nil
        #expect(JSONValue.string(noText) == .null)
        #expect(JSONValue.integer(noInt) == .null)
        #expect(JSONValue.integer(noInt64) == .null)
        #expect(JSONValue.double(noDouble) == .null)
        #expect(JSONValue.bool(noBool) == .null)
        let text: String? = "x"
        let count: Int? = 3
        #expect(JSONValue.string(text) == .string("x"))
        #expect(JSONValue.integer(count) == .integer(3))
        #expect(JSONValue.integer(Int(7)) == .integer(7))
    }

    @Test("equality is structural and ordered")
    func equality() {
        let ab: JSONValue = ["a": 1, "b": 2]
        let ba: JSONValue = ["b": 2, "a": 1]
        #expect(ab != ba)
        #expect(JSONValue.integer(1) != JSONValue.double(1))
        #expect(JSONValue.object([("a", 1)]) != JSONValue.object([("a", 1), ("b", 2)]))
        #expect(JSONValue.array([1, "x"]) == [1, "x"])
    }

    @Test("subscripts look up members and elements")
    func subscripts() {
        let value: JSONValue = ["lock": ["state": "none", "failures": 3], "list": [10, 20]]
        #expect(value["lock"]?["state"] == "none")
        #expect(value["list"]?[1] == 20)
        #expect(value["list"]?[2] == nil)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
    }
}
