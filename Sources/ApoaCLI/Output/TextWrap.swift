/// Words laid out in lines of at most a width, for prose a command prints (a scenario's
/// description, a trainee's brief).
enum TextWrap {
    /// `text` in lines of at most `width` characters: the first begins with `first`, the
    /// others with `rest` (a hanging indent). A word longer than a line gets a line of its own.
    /// Lines break only at single spaces: a wider gap (`08:00–12:00  sms-gateway`) stays as written.
    static func lines(_ text: String, width: Int = 100, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var isEmpty = true
        for word in words(text) {
            if !isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                isEmpty = true
            }
            line += (isEmpty ? "" : " ") + word
            isEmpty = false
        }
        if !isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The pieces between single spaces; the extra spaces of a wider gap stay inside a piece.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var gap = ""
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            if piece.isEmpty {
                gap += " "
            } else if !gap.isEmpty, let last = words.popLast() {
                words.append(last + " " + gap + piece)
                gap = ""
            } else {
                words.append(String(piece))
            }
        }
        return words
    }
}
