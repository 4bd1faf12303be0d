/// Substring search over UTF-8 bytes, for hot loops where Foundation's `contains` (which goes through NSString and
/// Unicode folding) costs too much. Matching is exact: no case or width folding.
struct ByteSearch {
    private let needles: [[UInt8]]

    /// A search for any of `needles`.
    init(_ needles: [String]) {
        self.needles = needles.map { Array($0.utf8) }
    }

    /// Whether `text` contains any of the needles.
    func matches(_ text: some StringProtocol) -> Bool {
        var text = String(text)
        return text.withUTF8 { haystack in
            needles.contains { Self.find($0, in: haystack) }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
