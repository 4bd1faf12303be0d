/// Substring search over UTF-8 bytes, for hot loops where Foundation's `contains` (which goes through NSString and
/// Unicode folding) costs too much. Matching is exact: no case or width folding.
struct ByteSearch {
    private let needles: [[UInt8]]
    /// For each byte value, whether some needle starts with it: the haystack is walked once, and only bytes that can
    /// start a match look at the needles.
    private let isFirstByte: [Bool]
    private let hasEmptyNeedle: Bool

    /// A search for any of `needles`.
    init(_ needles: [String]) {
        self.needles = needles.map { Array($0.utf8) }
        var isFirstByte = [Bool](repeating: false, count: 256)
        for needle in self.needles {
            if let first = needle.first { isFirstByte[Int(first)] = true }
        }
        self.isFirstByte = isFirstByte
        hasEmptyNeedle = self.needles.contains { $0.isEmpty }
    }

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
