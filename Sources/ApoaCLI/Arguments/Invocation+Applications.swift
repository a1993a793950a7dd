import Portal

/// Arguments the application commands share.
extension Invocation {
    /// The `ID` positional: an application number (`7` or `#7`).
    func applicationID() throws(CLIError) -> Int64 {
        let text = try required("ID")
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id >= 1 else {
            throw usage("ID: expected an application number like 7, found '\(text)'")
        }
        return id
    }

    /// One of a fixed set of words for option `name`, or nil when it is not given; an unknown
    /// word is a usage error listing the allowed ones.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, among allowed: [T] = Array(T.allCases)) throws(CLIError) -> T?
    where T.RawValue == String {
        try parse(name, expected: "one of " + allowed.map(\.rawValue).joined(separator: ", ")) { text in
            allowed.first { $0.rawValue == text }
        }
    }

    /// A time option, with its zone offset.
    func time(_ name: String) throws(CLIError) -> Instant? {
        guard let text = value(name) else { return nil }
        return try checked(name) { () throws(PortalError) in try Instant(iso8601: text) }
    }

    /// A whole number ≥ 1.
    func count(_ name: String, expected: String) throws(CLIError) -> Int? {
        try parse(name, expected: expected) { Int($0).flatMap { $0 >= 1 ? $0 : nil } }
    }
}
