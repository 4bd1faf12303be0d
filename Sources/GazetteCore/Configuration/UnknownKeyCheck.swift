/// A coding key that accepts any name, to list every key a YAML mapping holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}

/// Raised while decoding: a key in the file that the struct being decoded does not have.
struct UnknownConfigurationKey: Error {
    var path: [String]
    var suggestion: String?
}

extension Decoder {
    /// Throws `UnknownConfigurationKey` for the first key in this mapping that `Keys` does not list.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Keys.allCases.map(\.stringValue)
        let present = try container(keyedBy: AnyCodingKey.self).allKeys.map(\.stringValue)
        for key in present.sorted() where !known.contains(key) {
            throw UnknownConfigurationKey(path: codingPath.map(\.stringValue) + [key],
                                          suggestion: EditDistance.closest(to: key, in: known))
        }
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
public enum EditDistance {
    /// The number of single-character edits that turn `a` into `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, when it is within a third of the word's length.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, between(word, $0)) }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let best = scored.first, best.1 <= Swift.max(2, word.count / 3) else { return nil }
        return best.0
    }
}
