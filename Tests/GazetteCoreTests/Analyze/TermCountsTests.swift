@testable import GazetteCore
import Testing

/// The term table counts exactly what a dictionary would, through growth, the free-slot marker and merges.
struct TermCountsTests {
    /// Terms with many repeats, hash 0 (the free-slot marker), and hashes that land in the same slot.
    static func terms(_ count: Int) -> [TermHash] {
        var state: UInt64 = 42
        var terms: [TermHash] = [0, 0, 1 << 63, 1 << 62, (1 << 63) | 1]
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            terms.append(state >> 50)  // 14 bits: about 16k distinct terms, each seen several times
        }
        return terms
    }

    @Test(arguments: [0, 10, 100_000])
    func countsWhatADictionaryCounts(size: Int) {
        var table = TermCounts()
        var reference: [TermHash: Int32] = [:]
        for term in Self.terms(size) {
            table.add(term)
            reference[term, default: 0] += 1
        }
        #expect(table.count == reference.count)
        for (term, count) in reference { #expect(table[term] == count) }
        let listed = Array(table)
        #expect(listed.count == reference.count)
        #expect(Dictionary(uniqueKeysWithValues: listed.map { ($0.term, $0.count) }) == reference)
        #expect(table[12_345_678_901] == 0)
    }

    @Test func addingATableAddsItsCounts() {
        var first = TermCounts()
        var second = TermCounts(capacity: 1_000)
        for term in Self.terms(5_000) { first.add(term) }
        for term in Self.terms(3_000) { second.add(term, 2) }
        var merged = first
        merged.add(second)
        for term in Set(Self.terms(5_000)) {
            #expect(merged[term] == first[term] + second[term])
        }
        #expect(merged[0] == 2 + 4)
    }
}
