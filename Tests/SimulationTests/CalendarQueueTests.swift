import Testing
@testable import Simulation

@Suite("The calendar queue")
struct CalendarQueueTests {
    /// Schedules `count` items into `minute` at scattered instants (some shared), numbering them
    /// from `first`; returns their (instant, number) in the order they were scheduled.
    private static func scatter(_ queue: inout CalendarQueue, minute: Int, count: Int, first: UInt32,
                                state: inout UInt64) -> [(at: Int64, subject: UInt32)] {
        (0..<count).map { offset in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Forty distinct instants, so many items share one.
            let at = Int64(minute) * 60_000 + Int64((state >> 33) % 40) * 1_000
            let subject = first + UInt32(offset)
            queue.schedule(at: at, subject: subject, action: .visit)
            return (at, subject)
        }
    }

    /// What a minute must give: by instant, then in the order scheduled (a stable sort).
    private static func expected(_ items: [(at: Int64, subject: UInt32)]) -> [UInt32] {
        items.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element.subject)
    }

    /// `begin`'s answer (a mutating call cannot go inside `#expect`).
    private static func begin(_ queue: inout CalendarQueue, minute: Int) -> Bool {
        queue.begin(minute: minute)
    }

    private static func drain(_ queue: inout CalendarQueue) -> [UInt32] {
        var subjects: [UInt32] = []
        while let item = queue.next() { subjects.append(item.subject) }
        return subjects
    }

    @Test("minutes of none, one, a handful and many items, planned and added while running, come in order",
          arguments: [0, 1, 2, 5, 16, 17, 40, 300])
    func order(count: Int) {
        var queue = CalendarQueue(start: 0, minutes: 6)
        var state: UInt64 = 7
        // Planned before the run: minute 2's items, half of minute 4's.
        let planned = Self.scatter(&queue, minute: 2, count: count, first: 0, state: &state)
        let plannedLater = Self.scatter(&queue, minute: 4, count: count / 2, first: 10_000, state: &state)
        for minute in 0..<2 {
            queue.begin(minute: minute)
            #expect(queue.next() == nil)
        }
        queue.begin(minute: 2)
        #expect(queue.currentCount == count)
        // Added while minute 2 runs: the rest of minute 4's (into chunks, several of them).
        let added = Self.scatter(&queue, minute: 4, count: count - count / 2, first: 20_000, state: &state)
        #expect(Self.drain(&queue) == Self.expected(planned))
        queue.begin(minute: 3)
        #expect(queue.next() == nil)
        queue.begin(minute: 4)
        #expect(Self.drain(&queue) == Self.expected(plannedLater + added))
        #expect(queue.count == 0)
    }

    @Test("an item added into the running minute comes in its place among those waiting")
    func intoTheRunningMinute() {
        var queue = CalendarQueue(start: 0, minutes: 2)
        for subject in UInt32(0)..<20 { queue.schedule(at: 60_000 + Int64(subject) * 2_000, subject: subject, action: .visit) }
        queue.begin(minute: 1)
        #expect(queue.next()?.subject == 0)
        queue.schedule(at: 61_000, subject: 100, action: .retry)
        queue.schedule(at: 64_000, subject: 101, action: .retry)
        var subjects = Self.drain(&queue)
        #expect(subjects.prefix(4) == [100, 1, 2, 101])
        subjects.removeAll { $0 >= 100 }
        #expect(subjects == Array(1..<20))
    }

    @Test("at one instant, items come in the order scheduled: those waiting, then those added while it runs")
    func sameInstantInOrderScheduled() {
        var queue = CalendarQueue(start: 0, minutes: 3)
        // Minute 1: two planned, then (while minute 0 runs) two into chunks, all at one instant.
        queue.schedule(at: 61_000, subject: 1, action: .visit)
        queue.schedule(at: 61_000, subject: 2, action: .visit)
        queue.begin(minute: 0)
        queue.schedule(at: 61_000, subject: 3, action: .retry)
        queue.schedule(at: 61_000, subject: 4, action: .retry)
        #expect(queue.next() == nil)
        queue.begin(minute: 1)
        // Added while minute 1 runs: into the heap, at that instant and before it.
        queue.schedule(at: 61_000, subject: 5, action: .leave)
        queue.schedule(at: 60_500, subject: 6, action: .leave)
        queue.schedule(at: 61_000, subject: 7, action: .leave)
        #expect(Self.drain(&queue) == [6, 1, 2, 3, 4, 5, 7])
    }

    @Test("beginning a minute says whether it holds anything: planned, added while running, or neither")
    func beginSaysWhetherThereIsWork() {
        var queue = CalendarQueue(start: 0, minutes: 4)
        queue.schedule(at: 61_000, subject: 1, action: .visit)
        #expect(!Self.begin(&queue, minute: 0))
        #expect(queue.currentCount == 0)
        queue.schedule(at: 150_000, subject: 2, action: .retry)
        #expect(queue.next() == nil)
        #expect(Self.begin(&queue, minute: 1))
        #expect(queue.currentCount == 1)
        #expect(Self.drain(&queue) == [1])
        #expect(Self.begin(&queue, minute: 2))
        #expect(Self.drain(&queue) == [2])
        // Empty, after a minute that held items: nothing is left of that minute.
        #expect(!Self.begin(&queue, minute: 3))
        #expect(queue.currentCount == 0)
        #expect(queue.next() == nil)
        // Past the run's end: nothing, and nothing scheduled there is kept.
        queue.schedule(at: 10 * 60_000, subject: 3, action: .visit)
        #expect(!Self.begin(&queue, minute: 10))
        #expect(queue.count == 0)
    }

    @Test("planned items are all kept, in order, whether room was reserved for fewer, as many, or none",
          arguments: [0, 10, 3_000])
    func reservedRoom(reserved: Int) {
        var queue = CalendarQueue(start: 0, minutes: 4)
        queue.reserveStaged(reserved)
        var state: UInt64 = 11
        // Three thousand in all: more than the list's first storage and than the smaller room.
        let planned = (1...3).map { minute in
            Self.scatter(&queue, minute: minute, count: 1_000, first: UInt32(minute) * 10_000, state: &state)
        }
        queue.begin(minute: 0)
        #expect(queue.next() == nil)
        for minute in 1...3 {
            queue.begin(minute: minute)
            #expect(Self.drain(&queue) == Self.expected(planned[minute - 1]))
        }
        #expect(queue.count == 0)
    }

    @Test("a minute's items at any millisecond of it come by time, then in the order scheduled",
          arguments: [17, 50, 63, 64, 300, 2_000])
    func anyMillisecond(count: Int) {
        var queue = CalendarQueue(start: 0, minutes: 3)
        var state: UInt64 = 5
        var items: [(at: Int64, subject: UInt32)] = []
        for subject in UInt32(0)..<UInt32(count) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Every millisecond of the minute is possible, its last included; one in eight
            // shares the instant of the item before it.
            let at = subject % 8 == 7 ? items[items.count - 1].at : 60_000 + Int64((state >> 33) % 60_000)
            queue.schedule(at: at, subject: subject, action: .visit)
            items.append((at, subject))
        }
        queue.begin(minute: 0)
        queue.begin(minute: 1)
        #expect(Self.drain(&queue) == Self.expected(items))
    }
}
