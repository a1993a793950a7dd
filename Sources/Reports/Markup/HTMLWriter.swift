/// Builds an HTML document line by line, indenting blocks, escaping every text and attribute.
///
/// Markup the writer did not make itself enters only through `raw`, for inline pieces made with
/// `HTMLWriter.inline`, which escape too; so a caller cannot forget to escape.
struct HTMLWriter {
    /// The document so far.
    private(set) var text = ""
    private var depth = 0

    /// An attribute list: names are the writer's own (never user text), values are escaped.
    typealias Attributes = [(String, String)]

    /// Writes `<name ...>` on its own line, then `body` indented one step, then `</name>`.
    mutating func block(_ name: String, _ attributes: Attributes = [], _ body: (inout HTMLWriter) -> Void) {
        line("<\(name)\(Self.attributeText(attributes))>")
        depth += 1
        body(&self)
        depth -= 1
        line("</\(name)>")
    }

    /// Writes `<name ...>text</name>` on one line, `text` escaped.
    mutating func element(_ name: String, _ attributes: Attributes = [], text content: String) {
        line(Self.inline(name, attributes, text: content))
    }

    /// Writes `<name ...>markup</name>` on one line, `markup` made by `inline` calls.
    mutating func element(_ name: String, _ attributes: Attributes = [], markup: String) {
        line(Self.inline(name, attributes, markup: markup))
    }

    /// Writes an element without content or end tag: `<meta charset="utf-8" />`.
    ///
    /// The slash is allowed in HTML and makes the page well-formed XML too, so tests can read it
    /// with an XML parser.
    mutating func void(_ name: String, _ attributes: Attributes) {
        line("<\(name)\(Self.attributeText(attributes)) />")
    }

    /// Writes a line of markup the caller made, at the current indentation.
    mutating func raw(_ markup: String) {
        line(markup)
    }

    private mutating func line(_ markup: String) {
        text += String(repeating: "  ", count: depth)
        text += markup
        text += "\n"
    }

    /// `<name ...>text</name>` with `text` escaped.
    static func inline(_ name: String, _ attributes: Attributes = [], text content: String) -> String {
        inline(name, attributes, markup: Markup.escaped(content))
    }

    /// `<name ...>markup</name>`, `markup` taken as it is.
    static func inline(_ name: String, _ attributes: Attributes = [], markup: String) -> String {
        "<\(name)\(attributeText(attributes))>\(markup)</\(name)>"
    }

    /// ` a="1" b="2"`, values escaped; empty for no attributes.
    static func attributeText(_ attributes: Attributes) -> String {
        attributes.map { " \($0.0)=\"\(Markup.escaped($0.1))\"" }.joined()
    }
}
