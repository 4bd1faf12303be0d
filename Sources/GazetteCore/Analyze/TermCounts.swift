/// A count per term hash, in one open-addressing table.
///
/// Analysis counts every term of every article and looks up a document frequency for each term it weighs. The keys
/// are already 64-bit hashes, so a `Dictionary` hashing them again with SipHash on every access (a tenth of
/// analysis) is wasted: here a multiplication spreads a key's bits and linear probing finds its slot.
struct TermCounts: Sendable, Sequence {
    /// Each slot's term; `TermCounts.empty` marks a free slot (the term whose hash is that value is kept aside).
    private var terms: [TermHash]
    private var counts: [Int32]
    private var shift: UInt64
    /// The count of the one term whose hash equals the free-slot marker.
    private var markerCount: Int32 = 0
    /// How many distinct terms are counted.
    private(set) var count = 0

    private static let empty: TermHash = 0

    /// An empty table with room for about `capacity` terms before it grows.
    init(capacity: Int = 8) {
        var slots = 16
        while slots * 7 < capacity * 10 { slots *= 2 }
        terms = [TermHash](repeating: Self.empty, count: slots)
        counts = [Int32](repeating: 0, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    /// The count of `term`, 0 when it was never added.
    subscript(term: TermHash) -> Int32 {
        if term == Self.empty { return markerCount }
        var slot = home(of: term)
        while true {
            let found = terms[slot]
            if found == term { return counts[slot] }
            if found == Self.empty { return 0 }
            slot = (slot + 1) & (terms.count - 1)
        }
    }

    /// Adds `amount` to the count of `term`.
    mutating func add(_ term: TermHash, _ amount: Int32 = 1) {
        if term == Self.empty {
            if markerCount == 0 { count += 1 }
            markerCount += amount
            return
        }
        var slot = home(of: term)
        while true {
            let found = terms[slot]
            if found == term {
                counts[slot] += amount
                return
            }
            if found == Self.empty { break }
            slot = (slot + 1) & (terms.count - 1)
        }
        terms[slot] = term
        counts[slot] = amount
        count += 1
        if count * 10 > terms.count * 7 { grow() }  // at most 70 % full: probes stay short
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
            while slot < table.terms.count, table.terms[slot] == TermCounts.empty { slot += 1 }
            return slot < table.terms.count ? (table.terms[slot], table.counts[slot]) : nil
        }
    }

    private func home(of term: TermHash) -> Int {
        Int(truncatingIfNeeded: (term &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        var larger = TermCounts(capacity: terms.count * 7 / 5)
        larger.markerCount = markerCount
        larger.count = markerCount > 0 ? 1 : 0
        for slot in terms.indices where terms[slot] != Self.empty {
            larger.add(terms[slot], counts[slot])
        }
        self = larger
    }
}
