import Foundation

/// Splits text into sentences at `。！？；…` and their half-width forms, as the seeds use them, without
/// splitting inside URLs, decimals (`3.5`), or abbreviations (`e.g.`, `Dr.`, `U.S.`).
public struct SentenceSplitter: Sendable {
    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "inc",
                                             "ltd", "no", "fig", "al", "u.s", "st", "jr", "sr", "approx"]

    /// Creates a splitter.
    public init() {}

    /// The sentences of `text`, trimmed, in order; line breaks always end a sentence.
    public func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            split(line, into: &sentences)
        }
        return sentences
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
        if "。！？；…".contains(character) { return true }
        guard "!?;.".contains(character) else { return false }
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

    private static func isClosing(_ character: Character) -> Bool {
        "」』”’\"')）】》".contains(character)
    }
}
