import Foundation

/// A fresh directory under the system temporary directory for one test's files.
struct TemporaryDirectory {
    /// The directory's URL.
    let url: URL

    /// Creates the directory with a unique name.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("apoa-reports-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Removes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
