import Foundation

/// Names written in Latin letters in a title: products, projects, models, people (`UnrealZoo`, `DeepSeek-R1`,
/// `World Labs`, `Yann LeCun`).
enum TitleNames {
    /// Runs of one or two capitalized (or digit-led, mixed-case) words. Titles with more than four Latin words are
    /// English headlines, not names, and give none.
    static func latinNames(in title: String) -> [String] {
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
