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
        for line in text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) })
        where !line.isEmpty {
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
        return line.count >= 40 || (last.isASCII && (last.isLetter || last.isNumber))
            || (first.isASCII && (first.isLetter || first.isNumber))
    }

    private func split(_ line: Substring, into sentences: inout [String]) {
        let characters = Array(line)
        var start = 0
        var index = 0
        while index < characters.count {
            if isBoundary(characters, at: index) {
                var end = index + 1
                while end < characters.count, Self.isClosing(characters[end]) || characters[end] == characters[index] {
                    end += 1
                }
                append(characters[start..<end], to: &sentences)
                start = end
                index = end
            } else {
                index += 1
            }
        }
        append(characters[start..<characters.count], to: &sentences)
    }

    private func append(_ characters: ArraySlice<Character>, to sentences: inout [String]) {
        let sentence = String(characters).trimmingCharacters(in: .whitespaces)
        if !sentence.isEmpty { sentences.append(sentence) }
    }

    private func isBoundary(_ characters: [Character], at index: Int) -> Bool {
        let character = characters[index]
        if Self.fullStops.contains(character) { return true }
        guard Self.halfStops.contains(character) else { return false }
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        guard character == "." else { return next.isWhitespace || !next.isASCII || Self.isClosing(next) }
        return isSentenceEndingPeriod(characters, at: index, next: next)
    }

    private func isSentenceEndingPeriod(_ characters: [Character], at index: Int, next: Character) -> Bool {
        // A period followed by a letter or digit is inside a URL, a number or a file name.
        if next.isLetter && next.isASCII || next.isNumber || next == "/" || next == "." { return false }
        let before = characters[..<index].reversed().prefix { $0.isLetter || $0 == "." }
        let word = String(before.reversed()).lowercased()
        if Self.abbreviations.contains(word) { return false }
        if word.count == 1, word.first?.isLetter == true, next.isWhitespace { return false }
        let previous = index > 0 ? characters[index - 1] : " "
        return !previous.isNumber || next.isWhitespace || !next.isASCII
    }

    static let fullStops: Set<Character> = ["。", "！", "？", "；", "…"]
    static let halfStops: Set<Character> = ["!", "?", ";", "."]
    static let closing: Set<Character> = ["」", "』", "”", "’", "\"", "'", ")", "）", "】", "》"]

    private static func isClosing(_ character: Character) -> Bool {
        closing.contains(character)
    }
}
