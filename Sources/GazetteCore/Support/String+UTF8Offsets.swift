extension String {
    /// The slice between the UTF-8 offsets `range`, which must fall on scalar boundaries: constant time for a native
    /// string, where the parsers find their ranges by walking the bytes.
    func slice(utf8Offsets range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return self[start..<utf8.index(start, offsetBy: range.count)]
    }
}
