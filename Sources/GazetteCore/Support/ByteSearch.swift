/// Substring search over UTF-8 bytes, for hot loops where Foundation's `contains` (which goes through NSString and
/// Unicode folding) costs too much. Matching is exact: no case or width folding.
struct ByteSearch {
    private let needles: [[UInt8]]
    /// For each byte value, whether some needle starts with it: the haystack is walked once, and only bytes that can
    /// start a match look further.
    private let isFirstByte: [Bool]
    /// The needles' first two bytes, as a set of 65,536 bits: the lead bytes of Chinese needles start most characters
    /// of Chinese text, and the second byte rules out nearly all of them before any needle is compared.
    private let firstPairs: [UInt64]
    /// Whether a needle is a single byte (the pair test does not apply to it).
    private let hasSingleByteNeedle: Bool
    private let hasEmptyNeedle: Bool

    /// A search for any of `needles`.
    init(_ needles: [String]) {
        self.needles = needles.map { Array($0.utf8) }
        var isFirstByte = [Bool](repeating: false, count: 256)
        var firstPairs = [UInt64](repeating: 0, count: 1024)
        for needle in self.needles {
            if let first = needle.first { isFirstByte[Int(first)] = true }
            if needle.count >= 2 {
                let pair = Self.pair(needle[0], needle[1])
                firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.isFirstByte = isFirstByte
        self.firstPairs = firstPairs
        hasSingleByteNeedle = self.needles.contains { $0.count == 1 }
        hasEmptyNeedle = self.needles.contains { $0.isEmpty }
    }

    @inline(__always)
    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// Whether `text` contains any of the needles.
    func matches(_ text: some StringProtocol) -> Bool {
        if hasEmptyNeedle { return true }
        if let found = text.utf8.withContiguousStorageIfAvailable(find) { return found }  // a native string or slice
        var copy = String(text)
        return copy.withUTF8(find)
    }

    private func find(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        isFirstByte.withUnsafeBufferPointer { isFirstByte in
            for start in haystack.indices where isFirstByte[Int(haystack[start])] {
                if !hasSingleByteNeedle {
                    guard start + 1 < haystack.count else { return false }
                    let pair = Self.pair(haystack[start], haystack[start + 1])
                    guard firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                }
                for needle in needles where needle.count <= haystack.count - start && needle[0] == haystack[start] {
                    var offset = 1
                    while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }
}
