/// Substring search over UTF-8 bytes, for hot loops where Foundation's `contains` (which goes through NSString and
/// Unicode folding) costs too much. Matching is exact: no case or width folding.
struct ByteSearch {
    private let needles: [[UInt8]]
    /// For each byte value, the needles that start with it: the haystack is walked once, whatever the needle count.
    private let needlesByFirstByte: [[Int]]

    /// A search for any of `needles`.
    init(_ needles: [String]) {
        self.needles = needles.map { Array($0.utf8) }
        var byFirstByte = [[Int]](repeating: [], count: 256)
        for (index, needle) in self.needles.enumerated() {
            if let first = needle.first { byFirstByte[Int(first)].append(index) }
        }
        needlesByFirstByte = byFirstByte
    }

    /// Whether `text` contains any of the needles.
    func matches(_ text: some StringProtocol) -> Bool {
        if needles.contains(where: \.isEmpty) { return true }
        var text = String(text)
        return text.withUTF8(find)
    }

    private func find(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in haystack.indices {
            for needleIndex in needlesByFirstByte[Int(haystack[start])] {
                let needle = needles[needleIndex]
                guard needle.count <= haystack.count - start else { continue }
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
        }
        return false
    }
}
