/// A reusable table that counts one document's terms at a time.
///
/// Analysis counts the terms of every article before it knows the corpus's document frequencies. A fresh table per
/// article meant a gigabyte of tables at 100k articles, each page faulted in and each table walked slot by slot; one
/// tally per core stays in cache: it keeps the slots it used in the order it used them, so reading the distinct terms
/// and clearing the table for the next document touch only those slots.
///
/// Noncopyable, over buffers it owns: every term of every article is counted here, and the arrays it held before
/// checked on each count that no copy shared them (and each index against their bounds).
struct TermTally: ~Copyable, TermSink {
    private struct Slot {
        var term: TermHash
        var count: Int32
    }

    private let slots: UnsafeMutableBufferPointer<Slot>
    private let shift: UInt64
    /// The slots in use, in the order their terms were first counted (`usedCount` of them; room for every slot).
    private let used: UnsafeMutableBufferPointer<Int32>
    private var usedCount = 0
    /// The count of the one term whose hash equals the free-slot marker.
    private var markerCount: Int32 = 0

    private static let empty: TermHash = 0

    /// An empty tally with room for about `capacity` distinct terms before it grows.
    init(capacity: Int = 2_048) {
        let slotCount = TermCounts.slotCount(forCapacity: capacity)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(term: Self.empty, count: 0))
        used = .allocate(capacity: slotCount)
        shift = TermCounts.shift(forSlotCount: slotCount)
    }

    deinit {
        slots.deallocate()
        used.deallocate()
    }

    /// How many distinct terms are counted.
    var count: Int { usedCount + (markerCount > 0 ? 1 : 0) }

    /// The count of `term`, 0 when it was not counted.
    subscript(term: TermHash) -> Int32 {
        if term == Self.empty { return markerCount }
        var slot = home(of: term)
        while true {
            let found = slots[slot]
            if found.term == term { return found.count }
            if found.term == Self.empty { return 0 }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Counts one occurrence of `term`.
    @inline(__always)
    mutating func add(_ term: TermHash) {
        if term == Self.empty {
            markerCount += 1
            return
        }
        var slot = home(of: term)
        while true {
            let found = slots[slot].term
            if found == term {
                slots[slot].count += 1
                return
            }
            if found == Self.empty { break }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Slot(term: term, count: 1)
        used[usedCount] = Int32(truncatingIfNeeded: slot)
        usedCount += 1
        if usedCount * 10 > slots.count * 7 { grow() }  // at most 70 % full: probes stay short
    }

    /// Counts one occurrence of `term`, as the tokenizer hands it over.
    @inline(__always)
    mutating func take(_ term: TermHash) { add(term) }

    /// Calls `body` with each distinct term and its count, in the order the terms were first counted (the
    /// marker term first).
    func forEach(_ body: (TermHash, Int32) -> Void) {
        if markerCount > 0 { body(Self.empty, markerCount) }
        for slot in used[..<usedCount] {
            let found = slots[Int(slot)]
            body(found.term, found.count)
        }
    }

    /// Forgets every count, keeping the table's size for the next document.
    mutating func removeAll() {
        for slot in used[..<usedCount] { slots[Int(slot)] = Slot(term: Self.empty, count: 0) }
        usedCount = 0
        markerCount = 0
    }

    private func home(of term: TermHash) -> Int {
        TermCounts.home(of: term, shift: shift)
    }

    /// Twice the slots, the counts moved over in their first-counted order.
    private mutating func grow() {
        var larger = TermTally(capacity: slots.count * 7 / 5)
        larger.markerCount = markerCount
        for slot in used[..<usedCount] {
            let found = slots[Int(slot)]
            var target = larger.home(of: found.term)
            while larger.slots[target].term != Self.empty { target = (target + 1) & (larger.slots.count - 1) }
            larger.slots[target] = found
            larger.used[larger.usedCount] = Int32(truncatingIfNeeded: target)
            larger.usedCount += 1
        }
        self = larger
    }
}
