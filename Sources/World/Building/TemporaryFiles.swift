import Foundation
import Synchronization

/// Temporary files that worlds are being built in, so that a command cut short by Ctrl-C can
/// remove them before it exits. Without this, an interrupted simulation left its hidden
/// `.NAME.building` files behind (hundreds of megabytes for a large run) until the next build
/// of the same world replaced them. The world itself is never half written either way: it is
/// only ever replaced by a rename.
public final class TemporaryFiles: Sendable {
    /// The files this process is building worlds in right now (every `WorldBuilder` and
    /// `WorldPart` notes its own here).
    public static let building = TemporaryFiles()

    private let paths = Mutex<Set<String>>([])

    /// An empty list (`building` is the process's; a list of its own is for tests).
    public init() {}

    /// Notes a file a world is being built in.
    public func add(_ path: String) {
        _ = paths.withLock { $0.insert(path) }
    }

    /// Forgets a file that was renamed into place or already removed.
    public func forget(_ path: String) {
        _ = paths.withLock { $0.remove(path) }
    }

    /// The files noted now, in no particular order.
    public var current: Set<String> {
        paths.withLock { $0 }
    }

    /// Removes every file noted now, with SQLite's journal files, and forgets them: for an
    /// interrupted command on its way out. Returns how many there were.
    @discardableResult
    public func removeAll() -> Int {
        let taken = paths.withLock { paths in
            defer { paths.removeAll() }
            return paths
        }
        for path in taken { Self.remove(path) }
        return taken.count
    }

    /// Removes a file and the journal files SQLite may keep beside it.
    public static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
