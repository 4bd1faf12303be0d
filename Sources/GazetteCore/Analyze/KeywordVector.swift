/// An article's heaviest terms and their weights, for cosine similarity between articles.
///
/// The terms are kept sorted, so two vectors meet in one merge of their (about 20) entries, in the same order on
/// every run: no dictionary to build per article, and no sum whose order depends on a hash seed.
public struct KeywordVector: Sendable, Hashable {
    /// The terms, in increasing order.
    private let terms: [TermHash]
    /// Each term's weight.
    private let values: [Double]
    private let norm: Double

    /// Term → weight.
    public var weights: [TermHash: Double] {
        Dictionary(uniqueKeysWithValues: zip(terms, values))
    }

    /// Creates a vector.
    public init(weights: [TermHash: Double]) {
        self.init(pairs: Array(weights))
    }

    /// Creates a vector from (term, weight) pairs with distinct terms, in any order.
    init(pairs: [(TermHash, Double)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        terms = sorted.map(\.0)
        values = sorted.map(\.1)
        norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// Cosine similarity, from 0 (nothing shared) to 1 (the same terms in the same proportions).
    public func cosine(_ other: KeywordVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var dot = 0.0
        var (left, right) = (0, 0)
        while left < terms.count, right < other.terms.count {
            if terms[left] == other.terms[right] {
                dot += values[left] * other.values[right]
                left += 1
                right += 1
            } else if terms[left] < other.terms[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return dot / (norm * other.norm)
    }
}
