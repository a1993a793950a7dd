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

/// A partition's agenda: a list per minute of the run, sorted when its minute comes, and a
/// heap for things scheduled into the current minute while it runs. Inserting is O(1), taking
/// the next item O(1) amortised (plus a sort of a small list per minute).
///
/// The lists are chained through one pool of nodes rather than an array per minute: most
/// minutes of a partition hold a handful of items or none, and an array each cost an
/// allocation, a copy and a free per minute — more than the items themselves at 100,000 people.
struct CalendarQueue {
    /// An item and the node after it in its minute's list.
    private struct Node {
        var item: Scheduled
        var next: Int32
    }

    private let start: Int64
    /// The first node of each minute's list (`none` when empty).
    private let heads: FlatArray<Int32>
    private let nodes = FlatArray<Node>(capacity: 1024)
    /// Nodes whose items were taken, to reuse.
    private var free: Int32 = none
    /// The current minute's items, sorted, and how many were taken.
    private let current = FlatArray<Scheduled>(capacity: 64)
    private var position = 0
    private let heap = FlatArray<Scheduled>(capacity: 16)
    private var currentMinute = -1
    private var sequence: UInt32 = 0
    /// Items waiting, for the memory estimate and tests.
    private(set) var count = 0

    private static let none: Int32 = -1

    init(start: Int64, minutes: Int) {
        self.start = start
        heads = FlatArray(repeating: Self.none, count: minutes + 1)
    }

    /// Schedules an action; things after the run's end are dropped.
    mutating func schedule(at: Int64, subject: UInt32, action: Action, argument: UInt16 = 0) {
        let minute = Int((at - start) / 60_000)
        guard minute >= 0, minute < heads.count else { return }
        sequence &+= 1
        let item = Scheduled(at: at, seq: sequence, subject: subject, action: action, argument: argument)
        count += 1
        if minute <= currentMinute {
            push(item)
        } else {
            prepend(item, toMinute: minute)
        }
    }

    /// Begins a minute: its list becomes the current items, sorted.
    mutating func begin(minute: Int) {
        currentMinute = minute
        current.removeAll()
        position = 0
        guard minute < heads.count else { return }
        var node = heads[minute]
        guard node != Self.none else { return }
        heads[minute] = Self.none
        while node != Self.none {
            current.append(nodes[Int(node)].item)
            let next = nodes[Int(node)].next
            nodes[Int(node)].next = free
            free = node
            node = next
        }
        current.sort { $0.precedes($1) }
    }

    /// The next item of the current minute, or nil when it is done.
    mutating func next() -> Scheduled? {
        let hasListItem = position < current.count
        guard hasListItem || !heap.isEmpty else { return nil }
        count -= 1
        if hasListItem, heap.isEmpty || current[position].precedes(heap[0]) {
            position += 1
            return current[position - 1]
        }
        return pop()
    }

    private mutating func prepend(_ item: Scheduled, toMinute minute: Int) {
        let node: Int32
        if free != Self.none {
            node = free
            free = nodes[Int(node)].next
            nodes[Int(node)] = Node(item: item, next: heads[minute])
        } else {
            node = Int32(nodes.count)
            nodes.append(Node(item: item, next: heads[minute]))
        }
        heads[minute] = node
    }

    private func push(_ item: Scheduled) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            (heap[child], heap[parent]) = (heap[parent], heap[child])
            child = parent
        }
    }

    private func pop() -> Scheduled {
        let top = heap[0]
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
                (heap[parent], heap[smallest]) = (heap[smallest], heap[parent])
                parent = smallest
            }
        }
        return top
    }
}
