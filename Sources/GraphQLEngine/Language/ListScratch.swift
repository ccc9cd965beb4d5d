/// The items of every list the parser has open at once, kept on one stack of raw memory until
/// each list closes and moves its items into an array of exactly their count.
///
/// Appending to a fresh array instead reserves a guess and regrows it (a new allocation and a copy
/// of every item each time), and leaves most arrays larger than their contents. Lists nest
/// strictly (a field's arguments close before the field joins its selection set), so one stack
/// serves all lists and item types: a list's items are always the top segment, starting at the
/// `mark` the stack had when the list opened.
///
/// The parser owns the stack for one parse and must `deallocate` it; a list whose parsing fails
/// `discard`s its own segment before rethrowing, so nothing is left on the stack when the error
/// reaches the top. It starts in memory the caller lends it (the parser's own stack frame) and
/// moves to the heap only if a document needs more.
struct ListScratch {
    /// Every item type is at most 8-aligned, and strides are multiples of their alignment, so
    /// segments that start at multiples of 8 keep every item aligned.
    static let alignment = 8
    /// The first heap block when the lent memory runs out: the size of `ListScratchStackBuffer`, which
    /// holds the open lists of a typical document.
    static let initialCapacity = MemoryLayout<ListScratchStackBuffer>.size

    private var storage: UnsafeMutableRawPointer?
    private var capacity = 0
    /// Whether `storage` came from `grow` and must be freed, rather than lent by the caller.
    private var ownsStorage = false

    /// A stack that starts in `initialStorage`, which must outlive it.
    init(initialStorage: UnsafeMutableRawBufferPointer) {
        storage = initialStorage.baseAddress
        capacity = initialStorage.count
    }
    /// The bytes in use: where the next item goes, and the `mark` a list opening now would get.
    private(set) var top = 0

    /// Puts `item` on top of the stack, growing the storage when it is full.
    @inline(__always)
    mutating func push<Item>(_ item: consuming Item) {
        precondition(MemoryLayout<Item>.alignment <= Self.alignment)
        let stride = MemoryLayout<Item>.stride
        if top &+ stride > capacity { grow(toHold: top &+ stride) }
        // A typed pointer's `initialize(to:)` consumes the item: it moves in, where a raw pointer's would copy it.
        (storage.unsafelyUnwrapped + top).bindMemory(to: Item.self, capacity: 1).initialize(to: item)
        top &+= stride
    }

    /// Moves the items pushed since `mark` into an array of exactly their count; an empty list allocates nothing.
    ///
    /// Built by `Array.init` from a sequence that moves the items out, which allocates the array at its
    /// final size directly and stays specialized. `reserveCapacity` on an empty array goes through the
    /// buffer-reallocation path (a generic copy of no elements, a release of the empty buffer), and
    /// `Array(unsafeUninitializedCapacity:)` is left unspecialized by this toolchain.
    @inline(__always)
    mutating func popArray<Item>(from mark: Int, as type: Item.Type = Item.self) -> [Item] {
        let count = (top &- mark) / MemoryLayout<Item>.stride
        guard count > 0 else { return [] }
        let items = (storage.unsafelyUnwrapped + mark).assumingMemoryBound(to: Item.self)
        top = mark
        return Array(MovingItems(current: items, end: items + count))
    }

    /// Destroys the items pushed since `mark`: the cleanup of a list whose parsing failed.
    mutating func discard<Item>(from mark: Int, as type: Item.Type) {
        let count = (top &- mark) / MemoryLayout<Item>.stride
        guard count > 0 else { return }
        (storage.unsafelyUnwrapped + mark).assumingMemoryBound(to: Item.self).deinitialize(count: count)
        top = mark
    }

    /// Frees the storage if it moved to the heap; every list has closed or discarded its items by then.
    func deallocate() {
        if ownsStorage { storage?.deallocate() }
    }

    /// Moves the stack into storage of at least `byteCount` bytes, doubling so pushes stay amortized O(1).
    /// The items move bitwise, as Swift moves any value whose type has no address-sensitive parts.
    @inline(never)
    private mutating func grow(toHold byteCount: Int) {
        let newCapacity = max(byteCount, capacity * 2, Self.initialCapacity)
        let newStorage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: Self.alignment)
        if let storage {
            newStorage.copyMemory(from: storage, byteCount: top)
            if ownsStorage { storage.deallocate() }
        }
        storage = newStorage
        capacity = newCapacity
        ownsStorage = true
    }
}

/// The initialized items in `current..<end`, moved out one by one as the sequence is iterated: each
/// must be iterated exactly once, and the memory is left uninitialized.
private struct MovingItems<Item>: Sequence, IteratorProtocol {
    var current: UnsafeMutablePointer<Item>
    let end: UnsafeMutablePointer<Item>

    /// Exact, so `Array.init` allocates once, at the final size.
    var underestimatedCount: Int { end - current }

    mutating func next() -> Item? {
        guard current < end else { return nil }
        defer { current += 1 }
        return current.move()
    }
}
