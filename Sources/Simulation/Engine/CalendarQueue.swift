/// Something a partition will do at a given instant.
///
/// No sequence number: things at one instant are taken in the order they were scheduled,
/// which is the order the queue gathers them in (see `CalendarQueue`), so the item is 16
/// bytes, not 24, and ordering compares one field.
struct Scheduled: Sendable {
    /// Milliseconds since 1970.
    var at: Int64
    /// The person's local index, or the item's index for attacks and cast steps.
    var subject: UInt32
    /// A small argument (an attempt number, a step index).
    var argument: UInt16
    var action: Action

    init(at: Int64, subject: UInt32, action: Action, argument: UInt16) {
        self.at = at
        self.subject = subject
        self.argument = argument
        self.action = action
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
///
/// Things at one instant come in the order they were scheduled, kept without a sequence
/// number: a minute gathers its items in that order (its planned ones, grouped stably, then
/// its chunks from the oldest) and sorts them stably by time alone; what is scheduled into the
/// running minute goes to the heap, after everything gathered, numbered among the heap's own.
struct CalendarQueue {
    /// How many items a chunk holds, and where the chunk after it in its minute's list is
    /// (its items are `chunkItems[chunk * chunkSize ..< chunk * chunkSize + count]`).
    private struct Chunk {
        var count: Int32
        var next: Int32
    }

    private static let chunkSize = 8

    /// A minute's place in the agenda: where its planned items begin (they end where the next
    /// minute's begin) and the first chunk of its list (`none` when empty). One array, not
    /// two: asking whether a minute holds anything reads one entry (and the next's start),
    /// nearly always one cache line, instead of a line of each array.
    private struct MinuteEntry {
        var plannedStart: UInt32
        var head: Int32
    }

    // First, together: what beginning a minute reads and writes. A partition's minute that
    // holds nothing (nearly all of them at 1,000 people) touches only these, at the start of
    // the partition (where `Partition` keeps its queue), and the minute's entry.
    /// `minuteTable`'s storage (it never grows), read without going through the array.
    private let entries: UnsafeMutablePointer<MinuteEntry>
    /// Minutes that can hold items: the run's, and the instant it ends.
    private let minuteCount: Int
    /// Items scheduled before the run began, in the order they were scheduled, while
    /// `isStaging`; an empty array once grouped. Not an optional: binding it to append an item
    /// retained and released it, two atomic operations for each of the population's visits
    /// (15 M of the 154 M instructions of setting up 100,000 people).
    private var staged = FlatArray<Scheduled>(capacity: 1024)
    /// Whether the run has not begun: what is scheduled now is staged.
    private var isStaging = true
    private var currentMinute = -1
    /// How many of the current minute's items were taken, and how many it began with.
    private var position = 0
    private var currentEnd = 0

    private let start: Int64
    /// Each minute's entry, and two more: the end of the last minute's planned items, and room
    /// for grouping them (`groupStaged`).
    private let minuteTable: FlatArray<MinuteEntry>
    /// The staged items grouped by minute: minute m's are `planned[plannedStart of m ..< of m + 1]`.
    private var planned = FlatArray<Scheduled>(capacity: 1)
    private let chunks = FlatArray<Chunk>(capacity: 256)
    private let chunkItems = FlatArray<Scheduled>(capacity: 256 * chunkSize)
    /// Chunks whose items were taken, to reuse.
    private var free: Int32 = none
    /// The current minute's items, sorted.
    private var current = FlatArray<Scheduled>(capacity: 64)
    /// Scratch for sorting them.
    private var sorted = FlatArray<Scheduled>(capacity: 64)
    /// A minute's chunks, newest first, to be gathered oldest first.
    private let chain = FlatArray<Int32>(capacity: 16)
    private let heap = FlatArray<HeapItem>(capacity: 16)
    /// How many items went into the heap: their order among themselves at one instant.
    private var pushed: UInt64 = 0
    /// Items waiting, for the memory estimate and tests.
    private(set) var count = 0

    private static let none: Int32 = -1

    init(start: Int64, minutes: Int) {
        self.start = start
        minuteCount = minutes + 1
        minuteTable = FlatArray(repeating: MinuteEntry(plannedStart: 0, head: Self.none), count: minutes + 3)
        entries = minuteTable.baseAddress
    }

    /// Schedules an action; things after the run's end are dropped.
    ///
    /// One call, with the chunk list's insertion inlined into it: inlined into its 32 call
    /// sites, it still called `prepend`, and the two calls' arguments and saved registers cost
    /// more than one call's (2.2 M of 2,146 M instructions of a run at 100,000 people). What
    /// is rare — staging before the run, the heap, a chunk that must be allocated — is called
    /// out, so the common paths save no registers.
    @inline(never)
    mutating func schedule(at: Int64, subject: UInt32, action: Action, argument: UInt16 = 0) {
        let minute = Int((at - start) / 60_000)
        guard minute >= 0, minute < minuteCount else { return }
        let item = Scheduled(at: at, subject: subject, action: action, argument: argument)
        count &+= 1
        guard !isStaging, minute > currentMinute else { return scheduleAside(item) }
        let head = entries[minute].head
        if head != Self.none, Int(chunks[Int(head)].count) < Self.chunkSize {
            chunkItems[Int(head) &* Self.chunkSize &+ Int(chunks[Int(head)].count)] = item
            chunks[Int(head)].count &+= 1
            return
        }
        guard free != Self.none else { return prependNewChunk(item, toMinute: minute) }
        let chunk = free
        free = chunks[Int(chunk)].next
        chunks[Int(chunk)] = Chunk(count: 1, next: head)
        chunkItems[Int(chunk) &* Self.chunkSize] = item
        entries[minute].head = chunk
    }

    /// An item scheduled before the run, or into the running minute.
    @inline(never)
    private mutating func scheduleAside(_ item: Scheduled) {
        if isStaging {
            staged.append(item)
        } else {
            push(item)
        }
    }

    /// Makes room for `count` more items to be scheduled before the run begins, so staging a
    /// population's visits does not copy the list each time it doubles.
    mutating func reserveStaged(_ count: Int) {
        if isStaging { staged.reserveCapacity(staged.count + count) }
    }

    /// Begins a minute: its list becomes the current items, sorted. Returns whether there are
    /// any (the heap is empty between minutes: each minute is taken to its end).
    ///
    /// Inlined for the minutes that hold nothing (a third of a partition's at 100,000 people):
    /// they cost a few loads here instead of a call.
    @inline(__always)
    @discardableResult
    mutating func begin(minute: Int) -> Bool {
        assert(heap.isEmpty, "a minute begun before the last was taken to its end")
        currentMinute = minute
        guard isStaging || minute < minuteCount
            && (entries[minute].plannedStart != entries[minute &+ 1].plannedStart || entries[minute].head != Self.none)
        else {
            position = 0
            currentEnd = 0
            return false
        }
        return gather(minute: minute)
    }

    /// Gathers a minute's items into `current`, sorted: its planned items, then those of its
    /// chunks; returns whether there are any. A minute of at most `insertedSort` items (nearly
    /// all below a million people) has them put in place as they come, an insertion sort fused
    /// with the copy (instead of a second pass in a call of its own; with the inlined empty
    /// minutes, and an in-order item written once, 10 M fewer of the 2,198 M instructions of a
    /// run at 100,000 people). A larger one is copied as it is and sorted after (`sortCurrent`):
    /// inserting its first items too cost 394 M more of 22,413 M at a million people, where a
    /// minute of a partition holds twenty or so.
    @inline(never)
    private mutating func gather(minute: Int) -> Bool {
        if isStaging { groupStaged() }
        current.removeAll()
        position = 0
        guard minute < minuteCount else {
            currentEnd = 0
            return false
        }
        // Counted in wrapping arithmetic, as below: no index here can overflow.
        var index = Int(entries[minute].plannedStart)
        let end = Int(entries[minute &+ 1].plannedStart)
        var total = end &- index
        var chunk = entries[minute].head
        entries[minute].head = Self.none
        chain.removeAll()
        while chunk != Self.none {
            chain.append(chunk)
            total &+= Int(chunks[Int(chunk)].count)
            chunk = chunks[Int(chunk)].next
        }
        let inserting = total <= Self.insertedSort
        while index < end {
            take(planned[index], inserting: inserting)
            index &+= 1
        }
        // The oldest chunk first: the order they were scheduled in.
        var link = chain.count
        while link > 0 {
            link &-= 1
            chunk = chain[link]
            var item = Int(chunk) &* Self.chunkSize
            let end = item &+ Int(chunks[Int(chunk)].count)
            while item < end {
                take(chunkItems[item], inserting: inserting)
                item &+= 1
            }
            chunks[Int(chunk)].next = free
            free = chunk
        }
        if !inserting { sortCurrent(minute: minute) }
        currentEnd = current.count
        return currentEnd > 0
    }

    /// The most items of a minute put in place one by one as they are gathered.
    private static let insertedSort = 16

    @inline(__always)
    private func take(_ item: Scheduled, inserting: Bool) {
        if inserting { insert(item) } else { current.append(item) }
    }

    /// Adds an item to `current` in its place: after those of its instant already there
    /// (gathered earlier, so scheduled earlier). One that comes after the last (or is the
    /// first) is written once, by the append.
    @inline(__always)
    private func insert(_ item: Scheduled) {
        var hole = current.count
        guard hole > 0, item.at < current[hole &- 1].at else {
            current.append(item)
            return
        }
        current.append(current[hole &- 1])
        hole &-= 1
        while hole > 0, item.at < current[hole &- 1].at {
            current[hole] = current[hole &- 1]
            hole &-= 1
        }
        current[hole] = item
    }

    /// Sorts the current minute's items by time, keeping the order they were gathered in
    /// among those of one instant: a counting pass moves them into `sorted` in order of their
    /// 1,024-millisecond slice of the minute (59 slices; a stable pass), and an insertion sort
    /// finishes within each slice, where only a few share one.
    ///
    /// Earlier forms, measured at two million people over a day, where most minutes of a
    /// partition that come here hold 17 to 63 items: the standard library's stable sort of
    /// 64-bit keys (offset above place), which merges runs above twenty keys, took 3,900
    /// instructions a minute (5% of the run); an insertion sort of the keys 3,550; two
    /// eight-bit counting passes about 2,900; the slices over keys about 1,450, and the keys
    /// and the permutation after them as much again. Sorting the items with a closure was a
    /// tenth of a run at ten million people.
    private mutating func sortCurrent(minute: Int) {
        let count = current.count
        let minuteStart = start + Int64(minute) * 60_000
        sorted.resize(uninitializedTo: count)
        let from = current.baseAddress, to = sorted.baseAddress
        // Items of this minute are 0 to 59,999 ms into it; a heap item never comes here, so
        // the offset is never negative.
        @inline(__always) func slice(_ item: Scheduled) -> Int {
            Int(truncatingIfNeeded: (item.at &- minuteStart) &>> 10) & (Self.slices - 1)
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.slices) { starts in
            let starts = starts.baseAddress!
            starts.update(repeating: 0, count: Self.slices)
            for index in 0..<count { starts[slice(from[index])] &+= 1 }
            var start = 0
            for slice in 0..<Self.slices {
                let inSlice = starts[slice]
                starts[slice] = start
                start &+= inSlice
            }
            for index in 0..<count {
                let item = from[index]
                let slice = slice(item)
                to[starts[slice]] = item
                starts[slice] &+= 1
            }
        }
        // Strictly later moves up: one of the same instant keeps its place after those before it.
        for index in 1..<max(1, count) {
            let item = to[index]
            var hole = index
            while hole > 0, to[hole &- 1].at > item.at {
                to[hole] = to[hole &- 1]
                hole &-= 1
            }
            to[hole] = item
        }
        swap(&current, &sorted)
    }

    /// Slices of 1,024 milliseconds: a minute's offsets (below 60,000) fall in the first 59.
    private static let slices = 64

    /// Groups the items scheduled before the run by minute (a counting sort, keeping their order).
    private mutating func groupStaged() {
        guard isStaging else { return }
        let staged = staged
        precondition(staged.count < Int(UInt32.max), "more planned items than a minute entry can count")
        // Minute m's count goes to entry m + 2; summed up, entry m + 1 holds where its items
        // begin. Placing them moves that on to where the next minute's begin, so at the end
        // entry m holds where minute m's begin — no second array of cursors (clearing and
        // filling it was 6 M instructions of a run at 1,000 people). Through the storage, with
        // the running sum in a register: through the array, every step reloaded it (4.5 M of
        // the 83 M instructions of the partitions' work at 1,000 people).
        let entries = entries
        for index in 0..<staged.count { entries[minute(of: staged[index]) &+ 2].plannedStart &+= 1 }
        var sum: UInt32 = 0
        for entry in 2..<minuteCount &+ 2 {
            sum &+= entries[entry].plannedStart
            entries[entry].plannedStart = sum
        }
        planned = FlatArray(count: staged.count) { storage in
            for index in 0..<staged.count {
                let minute = minute(of: staged[index])
                (storage + Int(entries[minute &+ 1].plannedStart)).initialize(to: staged[index])
                entries[minute &+ 1].plannedStart &+= 1
            }
        }
        // Its storage goes (at ten million people, 70-odd megabytes).
        self.staged = FlatArray(capacity: 1)
        isStaging = false
    }

    @inline(__always)
    private func minute(of item: Scheduled) -> Int {
        Int((item.at - start) / 60_000)
    }

    /// How many items the current minute began with.
    var currentCount: Int { currentEnd }

    /// The current minute's `index`th item (in the order they will be taken, before any added).
    @inline(__always)
    func currentItem(_ index: Int) -> Scheduled {
        current[index]
    }

    /// The next item of the current minute, or nil when it is done. The heap is nearly always
    /// empty, so that is asked first; counts in wrapping arithmetic (none can overflow). At one
    /// instant a gathered item goes first: it was scheduled before any in the heap.
    mutating func next() -> Scheduled? {
        let hasListItem = position < currentEnd
        if heap.isEmpty {
            guard hasListItem else { return nil }
        } else if !hasListItem || current[position].at > heap[0].item.at {
            count &-= 1
            return pop()
        }
        count &-= 1
        position &+= 1
        return current[position &- 1]
    }

    /// Makes a new chunk, holding `item`, the first of a minute's list (no chunk is free to reuse).
    @inline(never)
    private mutating func prependNewChunk(_ item: Scheduled, toMinute minute: Int) {
        let chunk = Int32(chunks.count)
        chunks.append(Chunk(count: 1, next: entries[minute].head))
        // A new chunk's slots: the first holds the item, the rest are written as items come.
        for _ in 0..<Self.chunkSize { chunkItems.append(item) }
        entries[minute].head = chunk
    }

    /// An item of the heap, numbered in the order it was pushed.
    private struct HeapItem {
        var item: Scheduled
        var number: UInt64

        @inline(__always)
        func precedes(_ other: HeapItem) -> Bool {
            item.at != other.item.at ? item.at < other.item.at : number < other.number
        }
    }

    private mutating func push(_ item: Scheduled) {
        pushed &+= 1
        heap.append(HeapItem(item: item, number: pushed))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            (heap[child], heap[parent]) = (heap[parent], heap[child])
            child = parent
        }
    }

    private mutating func pop() -> Scheduled {
        let top = heap[0].item
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
