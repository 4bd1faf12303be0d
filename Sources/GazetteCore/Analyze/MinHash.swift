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

    /// Whether the text was too short to sign (every value is then `UInt64.max`).
    public private(set) var isEmpty: Bool

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
        var sink = FoldedScalars(capacity: limit)
        var budget = limit
        for (index, part) in parts.enumerated() where budget > 0 {
            if index > 0 { budget -= 1 }  // the line break between parts, which folding drops
            budget = ContentKey.fold(part, scalarLimit: budget, into: &sink)
        }
        let folded = sink.values
        var bins = [UInt64](repeating: .max, count: Self.binCount)
        let size = max(1, shingleSize)
        if folded.count >= size + Self.minimumShingles - 1 {
            folded.withUnsafeBufferPointer { scalars in
                Self.forEachShingleHash(scalars, size: size) { hash in
                    let mixed = TermHashing.mix(hash)
                    let bin = Int(mixed >> Self.binShift)
                    let value = mixed & ((1 << Self.binShift) - 1)
                    if value < bins[bin] { bins[bin] = value }
                }
            }
        }
        isEmpty = !bins.contains { $0 != .max }
        values = Self.densified(bins)
    }

    /// Calls `body` with the hash of every run of `size` scalars, in order: a polynomial rolling hash
    /// (Σ vᵢ·Bᵏ⁻¹⁻ⁱ, wrapping), updated in two multiplications per shingle instead of rehashing its `size` scalars.
    /// Not the same values as `TermHashing.hash`; `mix` spreads them before they are binned.
    @inline(__always)
    private static func forEachShingleHash(_ scalars: UnsafeBufferPointer<UInt32>, size: Int,
                                           _ body: (UInt64) -> Void) {
        guard scalars.count >= size else { return }
        var leading: UInt64 = 1  // B^(size - 1): the weight of the scalar leaving the window
        for _ in 1..<size { leading = leading &* rollingBase }
        var hash: UInt64 = 0
        for index in 0..<size { hash = hash &* rollingBase &+ UInt64(scalars[index]) }
        body(hash)
        for next in size..<scalars.count {
            hash = (hash &- UInt64(scalars[next - size]) &* leading) &* rollingBase &+ UInt64(scalars[next])
            body(hash)
        }
    }

    /// The rolling hash's base: odd, with its bits spread.
    static let rollingBase: UInt64 = 0x9E37_79B9_7F4A_7C15

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
