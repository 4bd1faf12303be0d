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
    fileprivate static let binShift = UInt64(64 - 7)

    /// The signature of `text`'s shingles of `shingleSize` characters, after folding case, width, spaces and
    /// punctuation, over its first `limit` characters.
    public init(text: String, shingleSize: Int = 5, limit: Int = 2500) {
        self.init(parts: [text], shingleSize: shingleSize, limit: limit)
    }

    /// The signature of `parts` joined with line breaks (a title and a body), without joining them: the same
    /// signature as `init(text:)` of the joined text, and no copy of the body.
    ///
    /// Folded scalars are shingled as folding hands them over, through a ring of the last `shingleSize` of them,
    /// rather than collected into an array and shingled afterwards: every article passes here.
    init(parts: [String], shingleSize: Int = 5, limit: Int = 2500) {
        let size = max(1, shingleSize)
        let ringSize = 1 << (Int.bitWidth - (size - 1).leadingZeroBitCount)  // a power of two ≥ size
        var bins = [UInt64](repeating: .max, count: Self.binCount)
        let scalarCount = bins.withUnsafeMutableBufferPointer { bins in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: ringSize) { ring in
                var binner = ShingleBinner(size: size, bins: bins, ring: ring)
                var budget = limit
                for (index, part) in parts.enumerated() where budget > 0 {
                    if index > 0 { budget -= 1 }  // the line break between parts, which folding drops
                    budget = ContentKey.fold(part, scalarLimit: budget, into: &binner)
                }
                return binner.scalarCount
            }
        }
        if scalarCount < size + Self.minimumShingles - 1 {
            bins = [UInt64](repeating: .max, count: Self.binCount)
        }
        isEmpty = !bins.contains { $0 != .max }
        values = Self.densified(bins)
    }

    /// Takes folded scalars one at a time and keeps each bin's smallest shingle hash: a polynomial rolling hash
    /// (Σ vᵢ·Bᵏ⁻¹⁻ⁱ over the last k scalars, wrapping), updated in two multiplications per shingle instead of
    /// rehashing its k scalars. Not the same values as `TermHashing.hash`; `mix` spreads them before they are binned.
    private struct ShingleBinner: ScalarValueSink {
        /// Each bin's smallest hash so far.
        private let bins: UnsafeMutableBufferPointer<UInt64>
        /// How many scalars were taken.
        private(set) var scalarCount = 0
        private let size: Int
        /// The last scalars taken, scalar `n` at `n & mask`.
        private let ring: UnsafeMutableBufferPointer<UInt32>
        private let mask: Int
        /// B^(size − 1): the weight of the scalar leaving the window.
        private let leading: UInt64
        private var hash: UInt64 = 0

        /// `bins` holds `MinHash.binCount` values, `ring` a power of two of scalars, at least `size`.
        init(size: Int, bins: UnsafeMutableBufferPointer<UInt64>, ring: UnsafeMutableBufferPointer<UInt32>) {
            self.size = size
            self.bins = bins
            self.ring = ring
            mask = ring.count - 1
            var leading: UInt64 = 1
            for _ in 1..<size { leading = leading &* MinHash.rollingBase }
            self.leading = leading
        }

        @inline(__always)
        mutating func take(_ value: UInt32) {
            if scalarCount >= size {
                let leaving = UInt64(ring[(scalarCount - size) & mask])
                hash = (hash &- leaving &* leading) &* MinHash.rollingBase &+ UInt64(value)
            } else {
                hash = hash &* MinHash.rollingBase &+ UInt64(value)
            }
            ring[scalarCount & mask] = value
            scalarCount += 1
            guard scalarCount >= size else { return }
            let mixed = TermHashing.mix(hash)
            let bin = Int(mixed >> MinHash.binShift)
            let binned = mixed & ((1 << MinHash.binShift) - 1)
            if binned < bins[bin] { bins[bin] = binned }
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
