/// Escaping of text for HTML and XML (Atom), in one place so every renderer escapes the same way.
///
/// The same rules serve element content and quoted attribute values in both languages: `&`, `<`,
/// `>`, `"` and `'` become character references. Control characters that XML 1.0 forbids (all
/// below U+0020 but tab, line feed and carriage return, and U+FFFE, U+FFFF) become U+FFFD, so
/// no text from a notice can make a feed unparseable.
public enum Markup {
    /// `text` escaped for element content or a quoted attribute value in HTML or XML.
    public static func escaped(_ text: String) -> String {
        // Most text needs nothing: return it as it is and skip the copy.
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: isForbidden(scalar)
        }
    }

    /// Characters XML 1.0 does not allow in a document at all (not even as references).
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
