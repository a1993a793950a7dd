import Foundation
import Simulation
import Synchronization

/// A progress bar with rate and time left, on standard error and only on a terminal. The one
/// place the real clock is read outside the desk's secrets: to show people how long to wait.
/// It never feeds the run.
final class ProgressBar: Sendable {
    private let console: Console
    private let isEnabled: Bool
    private let started = Date()
    private let shown = Atomic<Bool>(false)

    init(console: Console, isEnabled: Bool) {
        self.console = console
        self.isEnabled = isEnabled && isatty(STDERR_FILENO) == 1
    }

    func update(_ progress: SimulationProgress) {
        guard isEnabled else { return }
        shown.store(true, ordering: .relaxed)
        if progress.phase == .writing {
            console.err("\r" + String(repeating: " ", count: 70) + "\rwriting the world…")
            return
        }
        let done = Double(progress.minutesDone) / Double(max(1, progress.minutesTotal))
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(progress.sessions) / elapsed : 0
        let left = done > 0 ? elapsed * (1 - done) / done : 0
        let width = 30
        let filled = Int(done * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        console.err(String(format: "\r%@ %3.0f%%  %.0f sessions/s  %.0fs left ", bar, done * 100, rate, left))
    }

    func finish() {
        if shown.load(ordering: .relaxed) { console.err("\r" + String(repeating: " ", count: 70) + "\r") }
    }
}
