import Portal

/// A key of a `FlatTable`: equality and 64 well-mixed bits.
protocol FlatTableKey: Equatable {
    /// Bits that differ, all over, between keys that differ: the table uses the top ones.
    var tableHash: UInt64 { get }
}

extension UInt32: FlatTableKey {
    @inline(__always)
    var tableHash: UInt64 { UInt64(self) &* 0x9E37_79B9_7F4A_7C15 }
}

extension IPAddress: FlatTableKey {
    @inline(__always)
    var tableHash: UInt64 { SplitMix64.mix(high ^ low &* 0x9E37_79B9_7F4A_7C15) }
}

/// A hash map that one partition (or the merge) owns and never copies: a person's open visit,
/// session or code by local index, an address's record.
///
/// `Dictionary` hashes with SipHash and checks for copy-on-write on every change; here the
/// keys are small integers and addresses, hashed by one multiplication (open addressing,
/// linear probing, at most half full; removal shifts later entries back, so there are no
/// tombstones). Iteration follows the slots, an order that means nothing: callers that need
/// an order sort (`sorted(by:)`), and the merge folds entries in a way that does not depend on it.
///
/// A class: share, never copy, one owner at a time.
final class FlatTable<Key: FlatTableKey, Value>: Sequence {
    private var keys: UnsafeMutablePointer<Key>
    private var values: UnsafeMutablePointer<Value>
    private var isUsed: UnsafeMutablePointer<Bool>
    /// Slots (a power of two) and the shift that maps a hash to one.
    private var capacity: Int
    private var shift: UInt64
    /// `capacity - 1`. Kept, and probing done in wrapping arithmetic with a masking shift
    /// (`&>>`), so a probe step carries no overflow check and no test for a shift of 64 or
    /// more: none can happen (a slot is below `capacity`, the shift between 1 and 60).
    private var mask: Int
    /// Entries in the table.
    private(set) var count = 0

    /// An empty table with room for about `expected` entries before it grows.
    init(expected: Int = 8) {
        var capacity = 16
        while capacity < expected * 2 { capacity *= 2 }
        self.capacity = capacity
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        keys = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
        isUsed = .allocate(capacity: capacity)
        isUsed.initialize(repeating: false, count: capacity)
    }

    deinit {
        removeAll()
        keys.deallocate()
        values.deallocate()
        isUsed.deallocate()
    }

    /// Whether the table has no entries.
    var isEmpty: Bool { count == 0 }

    /// The value for `key`; setting nil removes it.
    subscript(key: Key) -> Value? {
        @inline(__always) get {
            guard count > 0, let slot = slot(of: key) else { return nil }
            return values[slot]
        }
        set {
            if let newValue { update(newValue, for: key) } else { remove(key) }
        }
    }

    /// Whether `key` has a value.
    @inline(__always)
    func contains(_ key: Key) -> Bool {
        count > 0 && slot(of: key) != nil
    }

    /// Sets the value for `key`.
    func update(_ value: consuming Value, for key: Key) {
        var slot = home(key)
        while isUsed[slot] {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot &+ 1) & mask
        }
        (keys + slot).initialize(to: key)
        (values + slot).initialize(to: value)
        isUsed[slot] = true
        count &+= 1
        if count &* 2 > capacity { grow() }
    }

    /// Changes the value for `key` in place and returns what `body` returns; nil (and `body`
    /// not called) when there is none.
    @inline(__always)
    @discardableResult
    func modify<Result>(_ key: Key, _ body: (inout Value) -> Result) -> Result? {
        guard count > 0, let slot = slot(of: key) else { return nil }
        return body(&values[slot])
    }

    /// Removes the value for `key` and returns it.
    @discardableResult
    func removeValue(forKey key: Key) -> Value? {
        guard count > 0, let slot = slot(of: key) else { return nil }
        let removed = (values + slot).move()
        vacate(slot)
        return removed
    }

    /// Removes the value for `key`, if any, dropping it in place: setting nil through the
    /// subscript copied the value out (96 bytes for a code challenge) only to destroy it.
    /// Returns whether there was one, so asking and removing take one look-up.
    @discardableResult
    func remove(_ key: Key) -> Bool {
        guard count > 0, let slot = slot(of: key) else { return false }
        (values + slot).deinitialize(count: 1)
        vacate(slot)
        return true
    }

    /// Empties `hole`, whose value is already moved out or destroyed, and closes the gap by
    /// backward-shift deletion: moves up each later entry of the run that may sit in the
    /// hole (its home slot is not cyclically between the hole and it).
    @inline(__always)
    private func vacate(_ hole: Int) {
        var hole = hole
        (keys + hole).deinitialize(count: 1)
        isUsed[hole] = false
        count &-= 1
        var next = (hole &+ 1) & mask
        while isUsed[next] {
            let wanted = home(keys[next])
            let distanceToNext = (next &- wanted) & mask
            let distanceToHole = (hole &- wanted) & mask
            if distanceToHole < distanceToNext {
                (keys + hole).moveInitialize(from: keys + next, count: 1)
                (values + hole).moveInitialize(from: values + next, count: 1)
                isUsed[hole] = true
                isUsed[next] = false
                hole = next
            }
            next = (next &+ 1) & mask
        }
    }

    /// Removes every entry, keeping the storage. The check for an empty table is inlined: the
    /// partitions clear two tables every minute, nearly always empty at small populations,
    /// and the call alone was 8 M of the 154 M instructions of a run at 1,000 people.
    @inline(__always)
    func removeAll() {
        if count > 0 { removeEntries() }
    }

    private func removeEntries() {
        for slot in 0..<capacity where isUsed[slot] {
            (keys + slot).deinitialize(count: 1)
            (values + slot).deinitialize(count: 1)
        }
        // The flags cleared in one pass after: for plain keys and values (an address's
        // record) there is nothing to destroy, and the loop above goes away.
        isUsed.update(repeating: false, count: capacity)
        count = 0
    }

    /// Removes the entries for which `shouldBeRemoved` is true, in one pass over the slots and
    /// without a list of them: the run's merge does this every quarter hour while the other
    /// threads wait, and listing the entries, then the keys, then looking each up again was
    /// 13 M of its 45 M instructions at 100,000 people. A removal may move a later entry of
    /// its run into the slot, so the slot is looked at again; one that wraps round from the
    /// table's start was looked at already and is only asked again.
    func removeAll(where shouldBeRemoved: (Key, Value) -> Bool) {
        var slot = 0
        while slot < capacity {
            if isUsed[slot], shouldBeRemoved(keys[slot], values[slot]) {
                (values + slot).deinitialize(count: 1)
                vacate(slot)
            } else {
                slot &+= 1
            }
        }
    }

    /// The entries, in slot order (which means nothing).
    func makeIterator() -> Iterator {
        Iterator(table: self)
    }

    /// Goes through a table's entries in slot order.
    struct Iterator: IteratorProtocol {
        fileprivate let table: FlatTable
        fileprivate var slot = 0

        mutating func next() -> (key: Key, value: Value)? {
            while slot < table.capacity {
                defer { slot += 1 }
                if table.isUsed[slot] { return (table.keys[slot], table.values[slot]) }
            }
            return nil
        }
    }

    @inline(__always)
    private func home(_ key: Key) -> Int {
        Int(truncatingIfNeeded: key.tableHash &>> shift)
    }

    @inline(__always)
    private func slot(of key: Key) -> Int? {
        var slot = home(key)
        while isUsed[slot] {
            if keys[slot] == key { return slot }
            slot = (slot &+ 1) & mask
        }
        return nil
    }

    private func grow() {
        let (oldKeys, oldValues, oldUsed, oldCapacity) = (keys, values, isUsed, capacity)
        capacity *= 2
        mask = capacity - 1
        shift -= 1
        keys = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
        isUsed = .allocate(capacity: capacity)
        isUsed.initialize(repeating: false, count: capacity)
        for old in 0..<oldCapacity where oldUsed[old] {
            var slot = home(oldKeys[old])
            while isUsed[slot] { slot = (slot &+ 1) & mask }
            (keys + slot).moveInitialize(from: oldKeys + old, count: 1)
            (values + slot).moveInitialize(from: oldValues + old, count: 1)
            isUsed[slot] = true
        }
        oldKeys.deallocate()
        oldValues.deallocate()
        oldUsed.deallocate()
    }
}
