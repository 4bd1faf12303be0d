/// Finds the same story told twice (reposts, lightly edited copies, translations sharing their text) with MinHash
/// signatures and LSH banding: signatures are cut into bands, and only articles that share a whole band are
/// compared. The work grows with the number of articles, not with the number of pairs.
public struct NearDuplicateDetector: Sendable {
    /// How similar two articles must be.
    public struct Configuration: Sendable, Equatable {
        /// Estimated Jaccard similarity of shingles at or above which two articles are one story.
        public var threshold: Double
        /// Characters per shingle.
        public var shingleSize: Int
        /// Rows per LSH band (bands = 128 / rows).
        public var rowsPerBand: Int

        /// Creates a configuration. With 32 bands of 4 rows, pairs at similarity 0.5 become candidates with
        /// probability 1 − (1 − 0.5⁴)³² ≈ 0.87, and at 0.6 with probability 0.98.
        public init(threshold: Double = 0.5, shingleSize: Int = 5, rowsPerBand: Int = 4) {
            self.threshold = threshold
            self.shingleSize = shingleSize
            self.rowsPerBand = rowsPerBand
        }
    }

    let configuration: Configuration

    /// Clusters of similar articles (indices into `signatures`), each sorted, clusters ordered by their first index.
    ///
    /// Bands are bucketed and their buckets' pairs compared on every core; the similar pairs are then joined in band
    /// order, so the clusters do not depend on timing.
    func clusters(_ signatures: [MinHash]) async -> [[Int]] {
        let rows = max(1, min(configuration.rowsPerBand, MinHash.binCount))
        let bands = Array(stride(from: 0, to: MinHash.binCount - rows + 1, by: rows))
        let signed = signatures.indices.filter { !signatures[$0].isEmpty }
        let threshold = configuration.threshold
        let pairsByBand = await bands.concurrentMap(serialBelow: 2) { band in
            Self.buckets(signatures, signed: signed, band: band, rows: rows).flatMap { bucket in
                Self.similarPairs(in: bucket, signatures: signatures, threshold: threshold)
            }
        }
        var unionFind = UnionFind(count: signatures.count)
        for pairs in pairsByBand {
            for (member, other) in pairs { unionFind.union(member, other) }
        }
        return unionFind.sharedGroups()
    }

    /// The groups of `signed` signatures that agree on every value of one band (rows `band..<band + rows`), each in
    /// index order, the groups in key order: the same order on every run.
    ///
    /// Keys are spread by their top 16 bits into 65,536 runs (two passes, stable, so each run keeps index order),
    /// and each run, one or two keys on average, is then sorted in place. Sorting all keys with a comparison sort
    /// was about half of the clustering after the signatures.
    private static func buckets(_ signatures: [MinHash], signed: [Int], band: Int, rows: Int) -> [[Int]] {
        var keyed: [(key: UInt64, index: Int)] = []
        keyed.reserveCapacity(signed.count)
        for index in signed {
            var key = TermHashing.offsetBasis
            for value in signatures[index].values[band..<(band + rows)] { key = TermHashing.mix(key ^ value) }
            keyed.append((key, index))
        }
        let ordered = sortedByKey(keyed)
        var buckets: [[Int]] = []
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count, ordered[end].key == ordered[start].key { end += 1 }
            if end - start > 1 { buckets.append(ordered[start..<end].map(\.index)) }
            start = end
        }
        return buckets
    }

    /// `keyed` sorted by key, then by index (they come in index order): a counting pass and a placing pass by the
    /// keys' top 16 bits, then an insertion sort of each short run.
    static func sortedByKey(_ keyed: [(key: UInt64, index: Int)]) -> [(key: UInt64, index: Int)] {
        let shift: UInt64 = 48
        var starts = [Int32](repeating: 0, count: (1 << 16) + 1)
        for entry in keyed { starts[Int(entry.key >> shift) + 1] += 1 }
        for run in 1..<starts.count { starts[run] += starts[run - 1] }
        var next = starts
        var placed = [(key: UInt64, index: Int)](repeating: (0, 0), count: keyed.count)
        for entry in keyed {
            let run = Int(entry.key >> shift)
            placed[Int(next[run])] = entry
            next[run] += 1
        }
        placed.withUnsafeMutableBufferPointer { placed in
            for run in 0..<(starts.count - 1) where starts[run + 1] - starts[run] > 1 {
                for position in (Int(starts[run]) + 1)..<Int(starts[run + 1]) {
                    let entry = placed[position]
                    var slot = position
                    // Strictly greater keys move up: equal keys keep their (index) order.
                    while slot > Int(starts[run]), placed[slot - 1].key > entry.key {
                        placed[slot] = placed[slot - 1]
                        slot -= 1
                    }
                    placed[slot] = entry
                }
            }
        }
        return placed
    }

    /// The pairs of a bucket similar enough to be one story: each member with the bucket's first member and with
    /// the member before it. Linear in the bucket's size; joining the pairs makes the clusters transitive.
    private static func similarPairs(in bucket: [Int], signatures: [MinHash],
                                     threshold: Double) -> [(Int, Int)] {
        guard let first = bucket.first else { return [] }
        var pairs: [(Int, Int)] = []
        func isSimilar(_ member: Int, _ other: Int) -> Bool {
            signatures[member].similarity(to: signatures[other]) >= threshold
        }
        for (offset, member) in bucket.enumerated().dropFirst() {
            if isSimilar(member, first) { pairs.append((member, first)) }
            if offset > 1, isSimilar(member, bucket[offset - 1]) { pairs.append((member, bucket[offset - 1])) }
        }
        return pairs
    }
}

/// Disjoint sets over 0..<count, with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (find(a), find(b))
        guard rootA != rootB else { return }
        let (large, small) = size[rootA] >= size[rootB] ? (rootA, rootB) : (rootB, rootA)
        parent[small] = large
        size[large] += size[small]
    }

    /// Every set of more than one element, members sorted, sets ordered by their smallest member. Elements alone in
    /// their set (most of them) allocate nothing.
    mutating func sharedGroups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for element in parent.indices {
            let root = find(element)
            if size[root] > 1 { byRoot[root, default: []].append(element) }
        }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
