import Foundation

/// A file's text as lines, numbered from 1, with `\r\n` and `\r` line ends treated as `\n`.
///
/// The lines are kept as UTF-8 offsets into the text and cut when asked for: most parsers look at a few lines of a
/// file and take the rest as one body, and a `Substring` for every line (each retaining the text) made splitting
/// cost 70 % more.
struct TextLines {
    private let text: String
    /// Each line's UTF-8 offsets in `text`, without its line end.
    private let ranges: [Range<Int>]
    /// Whether any line ends in `\r\n` or `\r` (when none does, lines in a row are a slice of the text).
    let hasCarriageReturns: Bool

    init(_ text: String) {
        // Line ends are found in the contiguous UTF-8 bytes; lines are cut by UTF-8 offset (constant time for native
        // strings). Line feeds and carriage returns never occur inside a multi-byte scalar.
        self.text = text
        var bytes = text
        (ranges, hasCarriageReturns) = bytes.withUTF8 { bytes -> ([Range<Int>], Bool) in
            guard let base = bytes.baseAddress, memchr(base, 13, bytes.count) == nil else {
                return Self.lineRangesWithCarriageReturns(bytes)
            }
            return (Self.linesEndingInLineFeeds(bytes, base: base), false)
        }
    }

    /// The lines of text without a carriage return (most files): the line feeds are found with `memchr`, which looks
    /// at many bytes at a time, once to count the lines and once to fill an array of that size (growing it as lines
    /// come costs more than the second search).
    private static func linesEndingInLineFeeds(_ bytes: UnsafeBufferPointer<UInt8>,
                                               base: UnsafePointer<UInt8>) -> [Range<Int>] {
        func forEachLine(_ body: (Range<Int>) -> Void) {
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 10, bytes.count - start) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                body(start..<end)
                start = end + 1
            }
            body(start..<bytes.count)
        }
        var count = 0
        forEachLine { _ in count += 1 }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        forEachLine { ranges.append($0) }
        return ranges
    }

    private static func lineRangesWithCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Range<Int>], Bool) {
        var ranges: [Range<Int>] = []
        var hasCarriageReturns = false
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == 10 || byte == 13 else { continue }
            ranges.append(start..<index - 1)
            if byte == 13 {
                hasCarriageReturns = true
                if index < bytes.count, bytes[index] == 10 { index += 1 }
            }
            start = index
        }
        ranges.append(start..<bytes.count)
        return (ranges, hasCarriageReturns)
    }

    /// The lines, without their line ends, each cut when it is reached.
    var lines: LazyMapCollection<[Range<Int>], Substring> {
        ranges.lazy.map { [text] in text.slice(utf8Offsets: $0) }
    }

    /// The line with number `number` (counting from 1).
    subscript(number number: Int) -> Substring { text.slice(utf8Offsets: ranges[number - 1]) }

    var count: Int { ranges.count }

    /// Lines `from` through `to` (numbers counting from 1, inclusive) joined with `\n`. When every line ends in `\n`
    /// that is the text between them as it is, and no copy is made: the parsers cut every article's body here.
    func text(from: Int, through: Int) -> Substring {
        guard from <= through else { return "" }
        guard hasCarriageReturns else {
            return text.slice(utf8Offsets: ranges[from - 1].lowerBound..<ranges[through - 1].upperBound)
        }
        var joined = ""
        joined.reserveCapacity(ranges[through - 1].upperBound - ranges[from - 1].lowerBound)
        for number in from...through {
            if number > from { joined.append("\n") }
            joined.append(contentsOf: self[number: number])
        }
        return Substring(joined)
    }

    /// The number of the first line at or after `start` that is not blank, if any.
    func firstNonBlank(from start: Int, through end: Int? = nil) -> Int? {
        let last = end ?? count
        guard start <= last else { return nil }
        return (start...last).first { !self[number: $0].isBlank }
    }
}

extension StringProtocol {
    /// Whether the text is empty or only white space.
    var isBlank: Bool { unicodeScalars.allSatisfy { $0.isTrimmable } }

    /// The text without white space at either end. Walks only the ends, unlike Foundation's
    /// `trimmingCharacters(in:)`, which copies the whole string; when the first and last scalars' lead bytes show
    /// they are no white space (most titles, values and addresses), it does not walk at all.
    var trimmed: String {
        let bytes = Substring(self).utf8
        guard let first = bytes.first, let lastLead = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }),
              !UTF8Scalars.mayStartWhiteSpace(first), !UTF8Scalars.mayStartWhiteSpace(bytes[lastLead])
        else { return trimming { $0.isTrimmable } }  // a closure: a key path here costs a lookup per call
        return String(self)
    }

    /// The text without the scalars `isTrimmed` accepts at either end; walks only the ends.
    func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let kept = trimmingSlice(isTrimmed)
        // Nothing to trim: a `String` is returned as it is (no copy); a `Substring` is copied either way.
        if kept.utf8.count == utf8.count { return String(self) }
        return String(kept)
    }

    /// The text without white space at either end, as a slice of it: no copy, for text that is only looked at.
    var trimmedSlice: Substring { trimmingSlice { $0.isTrimmable } }

    /// The slice of the text without the scalars `isTrimmed` accepts at either end; walks only the ends.
    func trimmingSlice(_ isTrimmed: (Unicode.Scalar) -> Bool) -> Substring {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// White space, a line break, a no-break space or a byte order mark.
    var isTrimmable: Bool {
        // Unicode's White_Space scalars, listed so no property table is consulted (the byte order mark too).
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            true
        default:
            false
        }
    }
}
