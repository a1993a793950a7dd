/// A growable array that one partition owns and never copies: its elements are changed in
/// place without the copy-on-write check (a runtime call) and bounds check `Array` makes on
/// every write. The partition's people, agenda and side tables are touched several times per
/// simulated request, millions of times a second, so those checks were a tenth of the run.
///
/// A class, so it is shared, not copied, when a value holding it is copied: only ever hold
/// one in a single owner. Indexes are checked in debug builds only (`assert`).
final class FlatArray<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Elements in the array.
    private(set) var count = 0

    /// An empty array with room for `capacity` elements before it grows.
    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// `count` copies of `value`.
    convenience init(repeating value: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    /// `count` elements, each written exactly once by `initialize` (given the uninitialised storage).
    init(count: Int, initializingWith initialize: (UnsafeMutablePointer<Element>) -> Void) {
        capacity = max(1, count)
        base = .allocate(capacity: capacity)
        initialize(base)
        self.count = count
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The element at `index`, read and changed in place.
    @inline(__always)
    subscript(index: Int) -> Element {
        unsafeAddress {
            assert(index >= 0 && index < count, "FlatArray index out of range")
            return UnsafePointer(base + index)
        }
        unsafeMutableAddress {
            assert(index >= 0 && index < count, "FlatArray index out of range")
            return base + index
        }
    }

    /// The first element's address, for an owner that keeps it to skip loading it from here:
    /// valid until the array grows (an `append` beyond its capacity) or goes.
    var baseAddress: UnsafeMutablePointer<Element> { base }

    /// Whether there are no elements.
    var isEmpty: Bool { count == 0 }

    /// Adds an element at the end.
    @inline(__always)
    func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        // Wrapping: the count cannot overflow (the storage would run out first), and the
        // check was two instructions of every append.
        count &+= 1
    }

    /// Removes and returns the last element.
    @inline(__always)
    func removeLast() -> Element {
        assert(count > 0, "removeLast of an empty FlatArray")
        count -= 1
        return (base + count).move()
    }

    /// Removes every element, keeping the storage for reuse.
    func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    /// Makes the array `count` elements long, for the caller to write each new one through
    /// `baseAddress` before it is read: plain data only, so nothing needs initialising or
    /// destroying.
    func resize(uninitializedTo count: Int) where Element: BitwiseCopyable {
        reserveCapacity(count)
        self.count = count
    }

    /// Makes room for at least `minimum` elements in all.
    func reserveCapacity(_ minimum: Int) {
        if minimum > capacity { move(toCapacity: minimum) }
    }

    private func grow() {
        move(toCapacity: capacity * 2)
    }

    private func move(toCapacity larger: Int) {
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
