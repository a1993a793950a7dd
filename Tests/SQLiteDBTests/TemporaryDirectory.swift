import Foundation

/// A fresh directory under the system temporary directory for one test's database files.
///
/// Tests write `let directory = try TemporaryDirectory(); defer { directory.remove() }`
/// rather than wrapping their body in a closure: Swift 6.3.1 gives a closure written after a
/// `#require(throws:)` the same symbol as the macro's closure when both sit inside another
/// closure, and then silently runs the wrong one (or crashes the compiler).
struct TemporaryDirectory {
    /// The directory's URL.
    let url: URL

    /// Creates the directory with a unique name.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("apoa-sqlitedb-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file named `name` in the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Removes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// An error type of the tests' own, to check that a body's error comes back unchanged.
struct TestFailure: Error, Equatable {
    let reason: String
}
