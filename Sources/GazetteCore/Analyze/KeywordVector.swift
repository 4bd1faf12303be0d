/// An article's heaviest terms with their TF-IDF weights: a sparse vector for cosine similarity.
public struct KeywordVector: Sendable, Hashable {
    /// Term → weight.
    public var weights: [TermHash: Double]
    private let norm: Double

    /// Creates a vector.
    public init(weights: [TermHash: Double]) {
        self.weights = weights
        norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// Cosine similarity, from 0 (nothing shared) to 1 (the same terms in the same proportions).
    public func cosine(_ other: KeywordVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        let dot = small.reduce(0) { sum, entry in sum + entry.value * (large[entry.key] ?? 0) }
        return dot / (norm * other.norm)
    }
}
