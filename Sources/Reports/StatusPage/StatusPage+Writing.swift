import Foundation

extension StatusPage {
    /// Writes `index.html`, `status.json` and `feed.atom` for `input` into `directory`, making
    /// the directory (and its parents) when it does not exist and replacing files of those names.
    ///
    /// The bytes depend on `input` alone: the same input writes the same files. Each file is
    /// written to a temporary name and renamed, so a reader never sees half a file. Other files in
    /// the directory are left alone.
    ///
    /// - Throws: ``ReportsError/cannotWrite(path:reason:)`` naming the directory or file.
    public static func write(_ input: Input, to directory: URL) throws(ReportsError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: reason(error))
        }
        for file in files(for: input) {
            let url = directory.appendingPathComponent(file.name)
            do {
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            } catch {
                throw .cannotWrite(path: url.path, reason: reason(error))
            }
        }
    }

    /// The system's word for a failed write (`Permission denied`), without Foundation's framing.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain, let message = strerror(Int32(nsError.code)) {
            return String(cString: message).lowercased()
        }
        return nsError.localizedDescription
    }
}
