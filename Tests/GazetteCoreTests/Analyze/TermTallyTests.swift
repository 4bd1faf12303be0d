@testable import GazetteCore
import Testing

/// The reused tally counts each document exactly, through growth, the free-slot marker and clearing.
struct TermTallyTests {
    @Test func countsDocumentAfterDocumentWhatADictionaryCounts() {
        // Given one small tally, reused for documents of 0 to 40,000 terms (it has to grow)
        var tally = TermTally(capacity: 16)
        for size in [0, 10, 40_000, 5, 3_000] {
            let terms = TermCountsTests.terms(size).map { $0 &+ TermHash(size) }  // other terms each time
            var reference: [TermHash: Int32] = [:]
            for term in terms {
                tally.add(term)
                reference[term, default: 0] += 1
            }
            // Then it lists each distinct term once, in the order first counted, with its count
            var listed: [(TermHash, Int32)] = []
            tally.forEach { listed.append(($0, $1)) }
            #expect(tally.count == reference.count)
            #expect(Dictionary(uniqueKeysWithValues: listed) == reference)
            var firstSeen: [TermHash] = []
            var seen = Set<TermHash>()
            for term in terms where seen.insert(term).inserted { firstSeen.append(term) }
            let markerFirst = firstSeen.filter { $0 == 0 } + firstSeen.filter { $0 != 0 }
            #expect(listed.map(\.0) == markerFirst)
            for (term, count) in reference { #expect(tally[term] == count) }
            // and after clearing, nothing of the document is left
            tally.removeAll()
            #expect(tally.count == 0)
            #expect(reference.keys.allSatisfy { tally[$0] == 0 })
        }
    }
}
