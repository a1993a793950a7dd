import Dispatch
import Foundation
import Synchronization
import World

/// What Ctrl-C (SIGINT) or a plain `kill` (SIGTERM) does to a running `apoa`: the files a world
/// was being built in are removed, `apoa: interrupted` goes to stderr, and the process exits
/// with 128 + the signal's number (130 for Ctrl-C).
///
/// The world file itself needs nothing: a simulation replaces it only by renaming a finished
/// file over it, `init` by linking one, and the desk's changes are SQLite transactions, which a
/// cut leaves undone. What was left were the hidden `.NAME.building` files of a simulation cut
/// short — hundreds of megabytes for a big run — until the next build of the same world
/// replaced them.
enum Interruption {
    /// The signal sources, kept for the life of the process. Written once, by `install`, on
    /// the main thread before any command runs.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    /// One queue for both signals, and a flag, so that Ctrl-C followed by `kill` stops once.
    private static let queue = DispatchQueue(label: "apoa.interruption")
    private static let isStopping = Atomic<Bool>(false)

    /// Handles SIGINT and SIGTERM from now on, on a queue of its own (not inside the signal
    /// handler itself, where removing files would not be safe). A signal the shell already
    /// ignores for this process (`nohup`, a background job) stays ignored.
    static func install() {
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM] {
            let previous = signal(number, SIG_IGN)
            guard !isIgnoring(previous) else { continue }
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { stop(by: number) }
            source.resume()
            sources.append(source)
        }
    }

    private static func isIgnoring(_ handler: __sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func stop(by number: Int32) {
        guard !isStopping.exchange(true, ordering: .sequentiallyConsistent) else { return }
        TemporaryFiles.building.removeAll()
        // A progress bar may hold the line: end it first.
        let text = (isatty(STDERR_FILENO) == 1 ? "\n" : "") + "apoa: interrupted\n"
        FileHandle.standardError.write(Data(text.utf8))
        // `_exit`, not `exit`: the simulation's threads are still running, and nothing an
        // interrupted command would flush or tear down is worth racing them for.
        _exit(ExitStatus.interrupted(by: number))
    }
}
