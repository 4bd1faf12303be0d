/// A count per term hash, in one open-addressing table.
///
/// Analysis counts every term of every article and looks up a document frequency for each term it weighs. The keys
/// are already 64-bit hashes, so a `Dictionary` hashing them again with SipHash on every access (a tenth of
/// analysis) is wasted: here a multiplication spreads a key's bits and linear probing finds its slot. A slot holds
/// its term and count together, so a lookup in the corpus's large table touches one cache line, not two.
struct TermCounts: Sendable, Sequence {
    /// One slot: a term and its count; `TermCounts.empty` marks a free slot (the term whose hash is that value is
    /// kept aside).
    private struct Slot {
        var term: TermHash
        var count: Int32
    }

    private var slots: [Slot]
    private var shift: UInt64
    /// The count of the one term whose hash equals the free-slot marker.
    private var markerCount: Int32 = 0
    /// How many distinct terms are counted.
    private(set) var count = 0

    private static let empty: TermHash = 0

    /// An empty table with room for about `capacity` terms before it grows.
    init(capacity: Int = 8) {
        let slots = Self.slotCount(forCapacity: capacity)
        self.slots = [Slot](repeating: Slot(term: Self.empty, count: 0), count: slots)
        shift = Self.shift(forSlotCount: slots)
    }

    /// The capacity to ask for a table of `count` terms that is asked about many terms it does not hold: at most
    /// a fifth full, so a miss ends at a free slot within a probe or two rather than about six.
    static func sparseCapacity(forTerms count: Int) -> Int {
        count * 4
    }

    /// The power of two of slots that holds `capacity` terms at most 70 % full (probes stay short); shared with
    /// `TermTally`, which lays out its slots the same way.
    static func slotCount(forCapacity capacity: Int) -> Int {
        var slots = 16
        while slots * 7 < capacity * 10 { slots *= 2 }
        return slots
    }

    /// The shift that turns a spread hash into a slot index of a table of `slotCount` slots.
    static func shift(forSlotCount slotCount: Int) -> UInt64 {
        UInt64(64 - slotCount.trailingZeroBitCount)
    }

    /// The slot where `term`'s probe starts: a multiplication spreads its bits, the top ones pick the slot.
    @inline(__always)
    static func home(of term: TermHash, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (term &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The count of `term`, 0 when it was never added.
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

    /// Whether `term` has a count.
    func contains(_ term: TermHash) -> Bool { self[term] > 0 }

    /// Adds `amount` to the count of `term`.
    mutating func add(_ term: TermHash, _ amount: Int32 = 1) {
        if term == Self.empty {
            if markerCount == 0 { count += 1 }
            markerCount += amount
            return
        }
        var slot = home(of: term)
        while true {
            let found = slots[slot].term
            if found == term {
                slots[slot].count += amount
                return
            }
            if found == Self.empty { break }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Slot(term: term, count: amount)
        count += 1
        if count * 10 > slots.count * 7 { grow() }  // at most 70 % full: probes stay short
    }

    /// Adds every count of `other`.
    mutating func add(_ other: TermCounts) {
        for (term, count) in other { add(term, count) }
    }

    /// The terms and their counts, in table order (not sorted: callers that show them sort them).
    func makeIterator() -> Iterator {
        Iterator(table: self, isMarkerLeft: markerCount > 0)
    }

    /// Walks the table's slots.
    struct Iterator: IteratorProtocol {
        let table: TermCounts
        var isMarkerLeft: Bool
        var slot = -1

        mutating func next() -> (term: TermHash, count: Int32)? {
            if isMarkerLeft {
                isMarkerLeft = false
                return (TermCounts.empty, table.markerCount)
            }
            slot += 1
            let slots = table.slots
            while slot < slots.count, slots[slot].term == TermCounts.empty { slot += 1 }
            return slot < slots.count ? (slots[slot].term, slots[slot].count) : nil
        }
    }

    private func home(of term: TermHash) -> Int {
        Self.home(of: term, shift: shift)
    }

    private mutating func grow() {
        var larger = TermCounts(capacity: slots.count * 7 / 5)
        larger.markerCount = markerCount
        larger.count = markerCount > 0 ? 1 : 0
        for slot in slots where slot.term != Self.empty {
            larger.add(slot.term, slot.count)
        }
        self = larger
    }
}
