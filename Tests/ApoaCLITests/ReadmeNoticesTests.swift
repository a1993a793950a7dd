import Foundation
import Testing
@testable import ApoaCLI

@Suite("The README's notices")
struct ReadmeNoticesTests {
    /// The README's Notices section, from its heading to the next heading.
    static func section() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n### Notices\n"))
        let rest = start.upperBound..<readme.endIndex
        let ends = ["\n### ", "\n## "].compactMap { readme.range(of: $0, range: rest)?.lowerBound }
        let end = try #require(ends.min())
        return String(readme[start.upperBound..<end])
    }

    /// The fenced blocks of `language` in `text`, in order.
    static func blocks(_ language: String, in text: String) -> [String] {
        text.components(separatedBy: "```\(language)\n").dropFirst().compactMap { block in
            block.range(of: "```\n").map { String(block[..<$0.lowerBound]) }
        }
    }

    /// A shell line's words: spaces separate, single quotes group (all the README uses).
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var isQuoted = false
        var hasWord = false
        for character in line {
            switch character {
            case "'": isQuoted.toggle(); hasWord = true
            case " " where !isQuoted:
                if hasWord { words.append(word) }
                word = ""
                hasWord = false
            default: word.append(character); hasWord = true
            }
        }
        if hasWord { words.append(word) }
        return words
    }

    @Test("the commands of the Notices section print what the README shows, in a new world")
    func transcript() throws {
        let section = try Self.section()
        let script = try #require(Self.blocks("sh", in: section).first).replacingOccurrences(of: "\\\n", with: "")
        let desk = try Desk()
        defer { desk.remove() }
        #expect(desk.run("init --quiet").status == 0)
        var environment = ["APOA_WORLD": desk.world]
        var transcript = ""
        for line in script.split(separator: "\n").map(String.init) {
            let words = Self.words(line)
            if words.first == "export", let assignment = words.dropFirst().first, let equals = assignment.firstIndex(of: "=") {
                environment[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
                continue
            }
            #expect(words.first == "apoa")
            let result = desk.run(Array(words.dropFirst()), environment: environment)
            transcript += result.out + result.err
        }
        let outputs = Self.blocks("text", in: section)
        #expect(outputs.count == 4)
        for output in outputs {
            #expect(transcript.contains(output), "README block not printed by apoa:\n\(output)")
        }
    }
}
