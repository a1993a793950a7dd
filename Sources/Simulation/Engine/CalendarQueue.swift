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
    /// A logged-in person works on their application (argument: the step of this sitting).
    case applicationTask
    /// An officer takes up or decides a person's application (argument: the file's step token).
    case officerStep
    /// The time of a person's booked appointment: they come, or not.
    case appointmentDue
    /// A day before a person's appointment: the reminder.
    case appointmentReminder
    /// A step of the desk's work on the person in a continued run, or of what the person does
    /// about it (argument: the `DeskStep`).
    case desk
}

/// A partition's agenda: a list per minute of the run, sorted when its minute comes, and a
/// heap for things scheduled into the current minute while it runs. Inserting is O(1), taking
/// the next item O(1) amortised (plus a sort of a small list per minute).
///
/// What is scheduled before the run begins (every visit of the population, the cast's steps,
/// the attacks) is grouped by minute into one array when the first minute begins. What is
/// scheduled during the run goes into lists of chunks (`chunkSize` items each) chained through
/// one pool, reused once taken. Not an array per minute: most minutes of a partition hold a
/// handful of items or none, and an array each cost an allocation, a copy and a free per
/// minute — more than the items themselves at 100,000 people. Not a node per item: at ten
/// million people a minute of a partition gathers a hundred or more, and walking a list whose
/// every address is known only from the last node took a cache miss per item, one after
/// another — nine tenths of the time of beginning a minute. A chunk's items sit side by side.
/// Not lists for the planned items: at ten million people, walking lists through a pool of
/// millions of nodes took a cache miss per item.
struct CalendarQueue {
    /// How many items a chunk holds, and where the chunk after it in its minute's list is
    /// (its items are `chunkItems[chunk * chunkSize ..< chunk * chunkSize + count]`).
    private struct Chunk {
        var count: Int32
        var next: Int32
    }

    private static let chunkSize = 8

    private let start: Int64
    /// Items scheduled before the run began, in the order they were scheduled; nil once grouped.
    private var staged: FlatArray<Scheduled>? = FlatArray(capacity: 1024)
    /// The staged items grouped by minute: minute m's are `planned[plannedStart[m]..<plannedStart[m + 1]]`.
    private var planned = FlatArray<Scheduled>(capacity: 1)
    private var plannedStart = FlatArray<Int>(capacity: 1)
    /// The first chunk of each minute's list (`none` when empty): the one items are added to.
    private let heads: FlatArray<Int32>
    private let chunks = FlatArray<Chunk>(capacity: 256)
    private let chunkItems = FlatArray<Scheduled>(capacity: 256 * chunkSize)
    /// Chunks whose items were taken, to reuse.
    private var free: Int32 = none
    /// The current minute's items, sorted, and how many were taken.
    private var current = FlatArray<Scheduled>(capacity: 64)
    /// Scratch for sorting them.
    private var sorted = FlatArray<Scheduled>(capacity: 64)
    private let keys = FlatArray<UInt64>(capacity: 64)
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
    ///
    /// One call, with the chunk list's insertion inlined into it: inlined into its 32 call
    /// sites, it still called `prepend`, and the two calls' arguments and saved registers cost
    /// more than one call's (2.2 M of 2,146 M instructions of a run at 100,000 people).
    @inline(never)
    mutating func schedule(at: Int64, subject: UInt32, action: Action, argument: UInt16 = 0) {
        let minute = Int((at - start) / 60_000)
        guard minute >= 0, minute < heads.count else { return }
        sequence &+= 1
        let item = Scheduled(at: at, seq: sequence, subject: subject, action: action, argument: argument)
        count &+= 1
        if let staged {
            staged.append(item)
        } else if minute <= currentMinute {
            push(item)
        } else {
            prepend(item, toMinute: minute)
        }
    }

    /// Begins a minute: its list becomes the current items, sorted.
    ///
    /// Inlined for the minutes that hold nothing (a third of a partition's at 100,000 people):
    /// they cost a few loads here instead of a call.
    @inline(__always)
    mutating func begin(minute: Int) {
        currentMinute = minute
        current.removeAll()
        position = 0
        guard staged != nil || minute < heads.count
            && (plannedStart[minute] != plannedStart[minute + 1] || heads[minute] != Self.none) else { return }
        gather(minute: minute)
    }

    /// Gathers a minute's items into `current`, sorted: its planned items, then those of its
    /// chunks. A minute of at most `insertedSort` items (nearly all below a million people)
    /// has them put in place as they come, an insertion sort fused with the copy (instead of
    /// a second pass in a call of its own; with the inlined empty minutes, and an in-order
    /// item written once, 10 M fewer of the 2,198 M instructions of a run at 100,000 people).
    /// A larger one is copied as it is and sorted by keys, as before: inserting its first
    /// items too cost 394 M more of 22,413 M at a million people, where a minute of a
    /// partition holds twenty or so.
    @inline(never)
    private mutating func gather(minute: Int) {
        if staged != nil { groupStaged() }
        guard minute < heads.count else { return }
        // Counted in wrapping arithmetic, as below: no index here can overflow.
        var index = plannedStart[minute]
        let end = plannedStart[minute &+ 1]
        var total = end &- index
        var chunk = heads[minute]
        while chunk != Self.none {
            total &+= Int(chunks[Int(chunk)].count)
            chunk = chunks[Int(chunk)].next
        }
        let inserting = total <= Self.insertedSort
        while index < end {
            take(planned[index], inserting: inserting)
            index &+= 1
        }
        chunk = heads[minute]
        heads[minute] = Self.none
        while chunk != Self.none {
            var item = Int(chunk) &* Self.chunkSize
            let end = item &+ Int(chunks[Int(chunk)].count)
            while item < end {
                take(chunkItems[item], inserting: inserting)
                item &+= 1
            }
            let next = chunks[Int(chunk)].next
            chunks[Int(chunk)].next = free
            free = chunk
            chunk = next
        }
        if !inserting { sortCurrent(minute: minute) }
    }

    /// The most items of a minute put in place one by one as they are gathered.
    private static let insertedSort = 16

    @inline(__always)
    private func take(_ item: Scheduled, inserting: Bool) {
        if inserting { insert(item) } else { current.append(item) }
    }

    /// Adds an item to `current` in its place. One that comes after the last (or is the
    /// first) is written once, by the append.
    @inline(__always)
    private func insert(_ item: Scheduled) {
        var hole = current.count
        guard hole > 0, item.precedes(current[hole &- 1]) else {
            current.append(item)
            return
        }
        current.append(current[hole &- 1])
        hole &-= 1
        while hole > 0, item.precedes(current[hole &- 1]) {
            current[hole] = current[hole &- 1]
            hole &-= 1
        }
        current[hole] = item
    }

    /// Sorts the current minute's items by time, then sequence. Through 64-bit keys — the
    /// offset in the minute, the sequence number and the item's place — compared as plain
    /// integers: sorting the items themselves with a closure was a tenth of a run at ten
    /// million people (a minute of a partition then holds hundreds of items).
    private mutating func sortCurrent(minute: Int) {
        let count = current.count
        guard count <= Self.maxKeyedSort else {
            current.sort { $0.precedes($1) }
            return
        }
        let minuteStart = start + Int64(minute) * 60_000
        keys.removeAll()
        for index in 0..<count {
            let item = current[index]
            // Items of this minute are 0 to 59,999 ms into it (16 bits); a heap item never
            // comes here, so the offset is never negative.
            keys.append(UInt64(item.at - minuteStart) << 48 | UInt64(item.seq) << 16 | UInt64(index))
        }
        keys.sort()
        sorted.removeAll()
        for index in 0..<count { sorted.append(current[Int(keys[index] & 0xFFFF)]) }
        swap(&current, &sorted)
    }

    /// The most items a minute can sort by keys (the item's place has 16 bits).
    private static let maxKeyedSort = 1 << 16

    /// Groups the items scheduled before the run by minute (a counting sort, keeping their order).
    private mutating func groupStaged() {
        guard let staged else { return }
        // Minute m's count goes to `starts[m + 2]`; summed up, `starts[m + 1]` is where its
        // items begin. Placing them moves that on to where the next minute's begin, so at the
        // end `starts[m]` is where minute m's begin — no second array of cursors (clearing and
        // filling it was 6 M instructions of a run at 1,000 people).
        let starts = FlatArray<Int>(repeating: 0, count: heads.count + 2)
        for index in 0..<staged.count { starts[minute(of: staged[index]) + 2] += 1 }
        for minute in 0..<heads.count { starts[minute + 2] += starts[minute + 1] }
        planned = FlatArray(count: staged.count) { storage in
            for index in 0..<staged.count {
                let minute = minute(of: staged[index])
                (storage + starts[minute + 1]).initialize(to: staged[index])
                starts[minute + 1] += 1
            }
        }
        plannedStart = starts
        self.staged = nil
    }

    @inline(__always)
    private func minute(of item: Scheduled) -> Int {
        Int((item.at - start) / 60_000)
    }

    /// How many items the current minute began with.
    var currentCount: Int { current.count }

    /// The current minute's `index`th item (in the order they will be taken, before any added).
    @inline(__always)
    func currentItem(_ index: Int) -> Scheduled {
        current[index]
    }

    /// The next item of the current minute, or nil when it is done. The heap is nearly always
    /// empty, so that is asked first; counts in wrapping arithmetic (none can overflow).
    mutating func next() -> Scheduled? {
        let hasListItem = position < current.count
        if heap.isEmpty {
            guard hasListItem else { return nil }
        } else if !hasListItem || !current[position].precedes(heap[0]) {
            count &-= 1
            return pop()
        }
        count &-= 1
        position &+= 1
        return current[position &- 1]
    }

    /// Adds an item to a minute's list: into its first chunk while that has room, else into a
    /// new first chunk.
    @inline(__always)
    private mutating func prepend(_ item: Scheduled, toMinute minute: Int) {
        let head = heads[minute]
        if head != Self.none, Int(chunks[Int(head)].count) < Self.chunkSize {
            chunkItems[Int(head) * Self.chunkSize + Int(chunks[Int(head)].count)] = item
            chunks[Int(head)].count &+= 1
            return
        }
        let chunk: Int32
        if free != Self.none {
            chunk = free
            free = chunks[Int(chunk)].next
            chunks[Int(chunk)] = Chunk(count: 1, next: head)
        } else {
            chunk = Int32(chunks.count)
            chunks.append(Chunk(count: 1, next: head))
            // A new chunk's slots: the first holds the item, the rest are written as items come.
            for _ in 0..<Self.chunkSize { chunkItems.append(item) }
        }
        chunkItems[Int(chunk) * Self.chunkSize] = item
        heads[minute] = chunk
    }

    private mutating func push(_ item: Scheduled) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            (heap[child], heap[parent]) = (heap[parent], heap[child])
            child = parent
        }
    }

    private mutating func pop() -> Scheduled {
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
