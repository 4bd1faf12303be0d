/// A MinHash signature over an article's character shingles, for estimating the Jaccard similarity of two texts.
///
/// One-permutation hashing: each shingle is hashed once, the hash's top bits pick one of `count` bins, and each bin
/// keeps its smallest hash. Empty bins borrow from the next non-empty bin (rotation densification), so two
/// signatures agree in a bin with probability equal to the texts' Jaccard similarity.
public struct MinHash: Sendable, Equatable {
    /// Each bin's smallest hash.
    public private(set) var values: [UInt64]

    /// Texts with fewer shingles than this get no signature: a few shared words would look like a copy.
    public static let minimumShingles = 24

    /// Whether the text was long enough to sign.
    public var isEmpty: Bool { values.allSatisfy { $0 == .max } }

    /// Bins per signature; a power of two.
    public static let binCount = 128
    private static let binShift = UInt64(64 - 7)

    /// The signature of `text`'s shingles of `shingleSize` characters, after folding case, width, spaces and
    /// punctuation, over its first `limit` characters.
    public init(text: String, shingleSize: Int = 5, limit: Int = 2500) {
        self.init(parts: [text], shingleSize: shingleSize, limit: limit)
    }

    /// The signature of `parts` joined with line breaks (a title and a body), without joining them: the same
    /// signature as `init(text:)` of the joined text, and no copy of the body.
    init(parts: [String], shingleSize: Int = 5, limit: Int = 2500) {
        var folded: [UInt32] = []
        folded.reserveCapacity(limit)
        var budget = limit
        for (index, part) in parts.enumerated() where budget > 0 {
            if index > 0 { budget -= 1 }  // the line break between parts, which folding drops
            budget = ContentKey.fold(part, scalarLimit: budget) { folded.append($0) }
        }
        var bins = [UInt64](repeating: .max, count: Self.binCount)
        if folded.count >= shingleSize + Self.minimumShingles - 1 {
            for start in 0...(folded.count - shingleSize) {
                var hash = TermHashing.offsetBasis
                for value in folded[start..<(start + shingleSize)] {
                    hash = (hash ^ UInt64(value)) &* TermHashing.prime
                }
                let mixed = TermHashing.mix(hash)
                let bin = Int(mixed >> Self.binShift)
                let value = mixed & ((1 << Self.binShift) - 1)
                if value < bins[bin] { bins[bin] = value }
            }
        }
        values = Self.densified(bins)
    }

    /// Empty bins take the value of the next non-empty bin (circularly), offset by the distance.
    private static func densified(_ bins: [UInt64]) -> [UInt64] {
        guard bins.contains(where: { $0 != .max }) else { return bins }
        var result = bins
        for index in bins.indices where bins[index] == .max {
            var distance = 1
            while bins[(index + distance) % bins.count] == .max { distance += 1 }
            result[index] = TermHashing.mix(bins[(index + distance) % bins.count] &+ UInt64(distance))
        }
        return result
    }

    /// The share of bins where the two signatures agree: an estimate of the texts' Jaccard similarity.
    public func similarity(to other: MinHash) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var equal = 0
        for (value, otherValue) in zip(values, other.values) where value == otherValue && value != .max {
            equal += 1
        }
        return Double(equal) / Double(values.count)
    }
}
