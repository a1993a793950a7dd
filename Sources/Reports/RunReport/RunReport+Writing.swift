import Foundation

extension RunReport {
    /// Writes `files` into `directory`, making it (and its parents) when missing and replacing
    /// files of the same names; other files there are left alone. Each file is written to a
    /// temporary name and renamed, so a reader never sees half a file.
    ///
    /// - Throws: ``ReportsError/cannotWrite(path:reason:)`` naming the directory or file.
    public static func write(_ files: [File], to directory: URL) throws(ReportsError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: StatusPage.reason(error))
        }
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            do {
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            } catch {
                throw .cannotWrite(path: url.path, reason: StatusPage.reason(error))
            }
        }
    }
}
