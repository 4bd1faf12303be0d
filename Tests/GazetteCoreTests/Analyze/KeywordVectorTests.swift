@testable import GazetteCore
import Testing

struct KeywordVectorTests {
    @Test func cosineOfTheSameDisjointAndOverlappingVectors() {
        let vector = KeywordVector(weights: [1: 3, 2: 4])
        #expect(abs(vector.cosine(vector) - 1) < 1e-12)
        #expect(vector.cosine(KeywordVector(weights: [7: 1, 8: 2])) == 0)
        // (3·3) / (5 · 5): only term 1 is shared.
        let other = KeywordVector(weights: [1: 3, 9: 4])
        #expect(abs(vector.cosine(other) - 9.0 / 25.0) < 1e-12)
        #expect(vector.cosine(other) == other.cosine(vector))
        #expect(vector.cosine(KeywordVector(weights: [:])) == 0)
    }

    @Test func matchesTheDictionaryFormulaOnLargerVectors() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let left = Dictionary((0..<20).map { _ in
                (TermHash.random(in: 0..<40, using: &generator), Double.random(in: 0.1...5, using: &generator))
            }, uniquingKeysWith: { first, _ in first })
            let right = Dictionary((0..<20).map { _ in
                (TermHash.random(in: 0..<40, using: &generator), Double.random(in: 0.1...5, using: &generator))
            }, uniquingKeysWith: { first, _ in first })
            let dot = left.reduce(0) { $0 + $1.value * (right[$1.key] ?? 0) }
            let norms = left.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
                * right.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let cosine = KeywordVector(weights: left).cosine(KeywordVector(weights: right))
            #expect(abs(cosine - dot / norms) < 1e-9)
            #expect(KeywordVector(weights: left).weights == left)
        }
    }
}
