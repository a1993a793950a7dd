import Foundation
import Testing
@testable import Simulation

@Suite("Chunks made on several threads, taken in order")
struct ChunkPipelineTests {
    @Test("every chunk is taken once, in order, however many threads help", arguments: [0, 1, 3])
    func inOrder(helpers: Int) {
        let pipeline = ChunkPipeline(count: 100, capacity: 4) { index in [index, index * index] }
        let done = Self.help(pipeline, threads: helpers)
        var taken: [[Int]] = []
        pipeline.forEach { taken.append($0) }
        for _ in 0..<helpers { done.wait() }
        #expect(taken == (0..<100).map { [$0, $0 * $0] })
    }

    @Test("a taker that stops early releases the helpers waiting for room")
    func stopEarly() {
        let pipeline = ChunkPipeline(count: 1000, capacity: 2) { $0 }
        let done = Self.help(pipeline, threads: 2)
        struct Enough: Error {}
        var taken: [Int] = []
        #expect(throws: Enough.self) {
            try pipeline.forEach { chunk in
                taken.append(chunk)
                if chunk == 9 { throw Enough() }
            }
        }
        for _ in 0..<2 { #expect(done.wait(timeout: .now() + 10) == .success) }
        #expect(taken == Array(0...9))
    }

    /// Starts `threads` threads helping `pipeline`; the semaphore is signalled as each returns.
    /// Threads of their own: the test's blocking waits must not hold up the ones that help.
    static func help<Chunk: Sendable>(_ pipeline: ChunkPipeline<Chunk>, threads: Int) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            Thread {
                pipeline.help()
                done.signal()
            }.start()
        }
        return done
    }
}
