import Foundation

/// Splits text into sentences at `。！？；…` and their half-width forms, as the seeds use them, without
/// splitting inside URLs, decimals (`3.5`), or abbreviations (`e.g.`, `Dr.`, `U.S.`).
public struct SentenceSplitter: Sendable {
    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "inc",
                                             "ltd", "no", "fig", "al", "u.s", "st", "jr", "sr", "approx"]

    /// Creates a splitter.
    public init() {}

    /// The sentences of `text`, trimmed, in order. A line break ends a sentence, except where the line was
    /// wrapped mid-sentence (see `joiningWrappedLines`).
    public func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        for line in Self.joiningWrappedLines(text) {
            split(line[...], into: &sentences)
        }
        return sentences
    }

    /// Lines with hard-wrapped continuations joined: a line that does not end like a sentence continues on the
    /// next when it is long (40 characters or more), or when the break falls between Latin letters or digits
    /// (`… Oriol Vinyals` / `展开了…`, `… 游戏` / `AI, 这个…`). Short lines that end in Chinese text are headings.
    static func joiningWrappedLines(_ text: String) -> [String] {
        var lines: [String] = []
        var pending: String?
        for line in text.utf8.split(separator: 10).map({ Substring($0).trimmed }) where !line.isEmpty {
            if let current = pending, continues(current, with: line) {
                let cjkBoundary = [current.unicodeScalars.last, line.unicodeScalars.first]
                    .contains { $0.map(Tokenizer.isCJK) ?? false }
                pending = current + (cjkBoundary ? "" : " ") + line
            } else {
                if let current = pending { lines.append(current) }
                pending = line
            }
        }
        if let current = pending { lines.append(current) }
        return lines
    }

    private static func continues(_ line: String, with next: String) -> Bool {
        guard let last = line.last, let first = next.first, !"。！？.!?…：:」”)）".contains(last) else { return false }
        if "-*+>#|".contains(first) { return false }
        return line.unicodeScalars.count >= 40 || (last.isASCII && (last.isLetter || last.isNumber))
            || (first.isASCII && (first.isLetter || first.isNumber))
    }

    /// Splits one line at its sentence ends, walking Unicode scalars (the stops and closing marks are all single
    /// scalars), and slicing rather than copying until a sentence is complete.
    private func split(_ line: Substring, into sentences: inout [String]) {
        let scalars = line.unicodeScalars
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard isBoundary(scalars, at: index) else {
                index = scalars.index(after: index)
                continue
            }
            var end = scalars.index(after: index)
            while end < scalars.endIndex, Self.isClosing(scalars[end]) || scalars[end] == scalar {
                end = scalars.index(after: end)
            }
            append(Substring(scalars[start..<end]), to: &sentences)
            start = end
            index = end
        }
        append(Substring(scalars[start..<scalars.endIndex]), to: &sentences)
    }

    private func append(_ sentence: Substring, to sentences: inout [String]) {
        let trimmed = sentence.trimmed
        if !trimmed.isEmpty { sentences.append(trimmed) }
    }

    private func isBoundary(_ scalars: Substring.UnicodeScalarView, at index: Substring.Index) -> Bool {
        let scalar = scalars[index]
        if Self.isFullStop(scalar) { return true }
        guard Self.isHalfStop(scalar) else { return false }
        let nextIndex = scalars.index(after: index)
        let next: Unicode.Scalar = nextIndex < scalars.endIndex ? scalars[nextIndex] : " "
        guard scalar == "." else { return next.isTrimmable || !next.isASCII || Self.isClosing(next) }
        return isSentenceEndingPeriod(scalars, at: index, next: next)
    }

    private func isSentenceEndingPeriod(_ scalars: Substring.UnicodeScalarView, at index: Substring.Index,
                                        next: Unicode.Scalar) -> Bool {
        // A period followed by a letter or digit is inside a URL, a number or a file name.
        if next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "/" || next == "." {
            return false
        }
        var word = String.UnicodeScalarView()
        var cursor = index
        while cursor > scalars.startIndex {
            let previous = scalars.index(before: cursor)
            let scalar = scalars[previous]
            guard scalar.properties.isAlphabetic || scalar == "." else { break }
            word.insert(scalar, at: word.startIndex)
            cursor = previous
        }
        let lowered = String(word).lowercased()
        if Self.abbreviations.contains(lowered) { return false }
        if word.count == 1, word.first?.properties.isAlphabetic == true, next.isTrimmable { return false }
        let previous = index > scalars.startIndex ? scalars[scalars.index(before: index)] : " "
        return !("0"..."9").contains(previous) || next.isTrimmable || !next.isASCII
    }

    // Switches rather than sets: this runs for every scalar of every lead, and a set hashes each one.

    /// `。！？；…`: a sentence ends here.
    static func isFullStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "…": true
        default: false
        }
    }

    /// `!?;.`: a sentence may end here.
    static func isHalfStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "!", "?", ";", ".": true
        default: false
        }
    }

    /// Closing quotes and brackets, which stay with the sentence they close.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "」", "』", "”", "’", "\"", "'", ")", "）", "】", "》": true
        default: false
        }
    }
}
