import Foundation

/// Chunks of work made on several threads and taken, in order, by one: the final state's rows
/// made on the worker threads while the writer's thread writes them. Chunk `i` is `make(i)`
/// whichever thread made it, so what is written is the same for any number of threads.
///
/// At most `capacity` chunks are made ahead of the one being taken, so memory stays bounded
/// however many there are. The taker makes a chunk itself when no thread has started it, so the
/// pipeline runs to the end with no other thread helping.
///
/// `@unchecked Sendable`: everything that changes is guarded by `condition`.
final class ChunkPipeline<Chunk: Sendable>: @unchecked Sendable {
    private let count: Int
    private let capacity: Int
    private let make: @Sendable (Int) -> Chunk
    private let condition = NSCondition()
    /// The next chunk to hand out.
    private var next = 0
    /// Chunks taken so far.
    private var taken = 0
    /// Chunks made and not yet taken, at their index modulo `capacity`.
    private var made: [Chunk?]
    private var isClosed = false

    /// `count` chunks, chunk `i` being `make(i)`.
    init(count: Int, capacity: Int, make: @escaping @Sendable (Int) -> Chunk) {
        self.count = count
        self.capacity = capacity
        self.make = make
        made = Array(repeating: nil, count: capacity)
    }

    /// Makes chunks until none are left to make or the pipeline is closed. Any number of threads
    /// may help at once.
    func help() {
        while let index = claim() {
            let chunk = make(index)
            condition.withLock {
                made[index % capacity] = chunk
                condition.broadcast()
            }
        }
    }

    /// Hands every chunk to `body`, in order, then closes the pipeline (also when `body` throws).
    func forEach(_ body: (Chunk) throws -> Void) rethrows {
        defer { close() }
        for index in 0..<count {
            try body(take(index))
        }
    }

    /// Stops handing chunks out to helpers: each returns once the chunk it is making is made.
    /// Safe at any time: a taker still at work makes the rest itself.
    func close() {
        condition.withLock {
            isClosed = true
            condition.broadcast()
        }
    }

    /// The next chunk to make, when there is one and room for it.
    private func claim() -> Int? {
        condition.withLock {
            while !isClosed, next < count, next - taken >= capacity { condition.wait() }
            guard !isClosed, next < count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// Chunk `index`, the one after the last taken: made here if nobody has started it,
    /// otherwise waited for.
    private func take(_ index: Int) -> Chunk {
        let isUnclaimed = condition.withLock {
            guard next == index else { return false }
            next += 1
            return true
        }
        let chunk = isUnclaimed ? make(index) : awaitMade(index)
        condition.withLock {
            taken += 1
            condition.broadcast()
        }
        return chunk
    }

    private func awaitMade(_ index: Int) -> Chunk {
        condition.withLock {
            while true {
                if let chunk = made[index % capacity] {
                    made[index % capacity] = nil
                    return chunk
                }
                condition.wait()
            }
        }
    }
}
