/// Something a partition will do at a given instant.
struct Scheduled: Sendable {
    /// Milliseconds since 1970.
    var at: Int64
    /// Order among things at the same instant: the order they were scheduled in.
    var seq: UInt32
    /// The person's local index, or the item's index for attacks and cast steps.
    var subject: UInt32
    var action: Action
    /// A small argument (an attempt number, a step index).
    var argument: UInt16

    /// Whether this comes before `other`: by time, then by sequence.
    @inline(__always)
    func precedes(_ other: Scheduled) -> Bool {
        at != other.at ? at < other.at : seq < other.seq
    }
}

/// The things a person, an attacker or a cast member can have scheduled.
enum Action: UInt8, Sendable {
    /// A person comes to the portal.
    case visit
    /// Tries to log in again.
    case retry
    /// A one-time code arrived; the person types it.
    case enterCode
    /// Waited for a code that did not come: asks again.
    case askCodeAgain
    /// Asks for a password reset.
    case requestReset
    /// Uses the reset link or code that arrived.
    case completeReset
    /// Leaves the portal (logs out, or just goes).
    case leave
    /// Contacts support (the argument says why).
    case contact
    /// An attacker's try (subject: the attack attempt's index).
    case attack
    /// A cast member's scripted step (subject: the member, argument: the step).
    case castStep
    /// A phishing victim gives their password to the fake site (argument: the attack).
    case phish
}

/// A partition's agenda: one bucket per minute of the run, sorted when its minute comes, and a
/// heap for things scheduled into the current minute while it runs. Inserting is O(1), taking
/// the next item O(1) amortised (plus a sort of a small bucket per minute).
struct CalendarQueue {
    private let start: Int64
    private var buckets: [[Scheduled]]
    private var current: [Scheduled] = []
    private var position = 0
    private var heap: [Scheduled] = []
    private var currentMinute = -1
    private var sequence: UInt32 = 0
    /// Items waiting, for the memory estimate and tests.
    private(set) var count = 0

    init(start: Int64, minutes: Int) {
        self.start = start
        buckets = Array(repeating: [], count: minutes + 1)
    }

    /// Schedules an action; things after the run's end are dropped.
    mutating func schedule(at: Int64, subject: UInt32, action: Action, argument: UInt16 = 0) {
        let minute = Int((at - start) / 60_000)
        guard minute >= 0, minute < buckets.count else { return }
        sequence &+= 1
        let item = Scheduled(at: at, seq: sequence, subject: subject, action: action, argument: argument)
        count += 1
        if minute <= currentMinute {
            push(item)
        } else {
            buckets[minute].append(item)
        }
    }

    /// Begins a minute: its bucket becomes the current list, sorted.
    mutating func begin(minute: Int) {
        currentMinute = minute
        guard minute < buckets.count else { return }
        current = buckets[minute]
        buckets[minute] = []
        current.sort { $0.precedes($1) }
        position = 0
    }

    /// The next item of the current minute, or nil when it is done.
    mutating func next() -> Scheduled? {
        let fromList = position < current.count ? current[position] : nil
        let fromHeap = heap.first
        switch (fromList, fromHeap) {
        case (nil, nil): return nil
        case (let item?, nil):
            position += 1
            count -= 1
            return item
        case (nil, _?):
            count -= 1
            return pop()
        case (let item?, let top?):
            count -= 1
            if item.precedes(top) {
                position += 1
                return item
            }
            return pop()
        }
    }

    private mutating func push(_ item: Scheduled) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func pop() -> Scheduled? {
        guard let top = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
                if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
                guard smallest != parent else { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
