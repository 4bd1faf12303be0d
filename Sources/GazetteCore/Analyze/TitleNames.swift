import Foundation

/// Names written in Latin letters in a title: products, projects, models, people (`UnrealZoo`, `DeepSeek-R1`,
/// `World Labs`, `Yann LeCun`).
enum TitleNames {
    /// Runs of one or two capitalized (or digit-led, mixed-case) words. Titles with more than four Latin words are
    /// English headlines, not names, and give none.
    static func latinNames(in title: String) -> [String] {
        guard let bytes = LatinProjection.bytes(of: title) else { return latinNames(inCharacters: title) }
        let runs = bytes.split { !ASCII.isTitleByte($0) }
        let words = runs.flatMap { $0.split(separator: 0x20) }
        guard words.count <= 4 else { return [] }
        var names: [String] = []
        for run in runs {
            var current: [ArraySlice<UInt8>] = []
            func flush() {
                if (1...2).contains(current.count) {
                    let joined = Array(current.joined(separator: [0x20]))
                    let start = joined.firstIndex { !ASCII.isTrimmedFromName($0) } ?? joined.endIndex
                    let end = joined.lastIndex { !ASCII.isTrimmedFromName($0) }.map { $0 + 1 } ?? start
                    let text = String(decoding: joined[start..<max(start, end)], as: UTF8.self)
                    if text.utf8.count >= 3, !names.contains(text) { names.append(text) }
                }
                current = []
            }
            for word in run.split(separator: 0x20) {
                if isNameWord(word) { current.append(word) } else { flush() }
            }
            flush()
        }
        return names
    }

    /// `isNameWord(_:)` of a word of ASCII bytes.
    private static func isNameWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, ASCII.isUppercase(first) || ASCII.isDigit(first),
              word.contains(where: ASCII.isLetter) else {
            return false
        }
        return !StopWords.english.contains(String(decoding: word.map(ASCII.lowercased), as: UTF8.self))
    }

    /// `latinNames(in:)` walking `title`'s characters as they are (tests compare the two).
    static func latinNames(inCharacters title: String) -> [String] {
        let runs = title.split { !($0.isASCII && ($0.isLetter || $0.isNumber || "-_. ".contains($0))) }
        let words = runs.flatMap { $0.split(separator: " ") }
        guard words.count <= 4 else { return [] }
        var names: [String] = []
        for run in runs {
            var current: [Substring] = []
            func flush() {
                if (1...2).contains(current.count) {
                    let name = current.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "-_. "))
                    if name.count >= 3, !names.contains(name) { names.append(name) }
                }
                current = []
            }
            for word in run.split(separator: " ") {
                if isNameWord(word) { current.append(word) } else { flush() }
            }
            flush()
        }
        return names
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase || first.isNumber, word.contains(where: \.isLetter) else {
            return false
        }
        return !StopWords.english.contains(word.lowercased())
    }
}
