import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element read by Foundation's `XMLParser`: enough of a tree for tests to walk.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTree] = []
    /// The element's own text, not its children's.
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Parses `document`, or throws with the parser's error and line.
    static func parse(_ document: String) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseFailure(
                message: parser.parserError.map { "\($0)" } ?? "no root", line: parser.lineNumber)
        }
        return root
    }

    struct ParseFailure: Error {
        let message: String
        let line: Int
    }

    /// This element and every element below it, in document order.
    var all: [XMLTree] { [self] + children.flatMap(\.all) }

    /// The elements named `name` at any depth, in document order.
    func elements(_ name: String) -> [XMLTree] { all.filter { $0.name == name } }

    /// The direct children named `name`.
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// All text inside, children included, in document order.
    var fullText: String { text + children.map(\.fullText).joined() }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = XMLTree(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
