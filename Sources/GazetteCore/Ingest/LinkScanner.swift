import Foundation

/// Finds bare `http://` and `https://` addresses in plain text.
enum LinkScanner {
    /// The first address in `text`, if any.
    static func firstURL(in text: Substring) -> String? {
        urls(in: text).first
    }

    /// Every address in `text`, in order. An address ends at white space, at a character outside ASCII
    /// (Chinese text and full-width punctuation follow links directly), at `<>"'` and brackets it did not
    /// open, and loses trailing sentence punctuation.
    static func urls(in text: Substring) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "http", options: []) {
            let candidate = rest[start.lowerBound...]
            guard candidate.hasPrefix("https://") || candidate.hasPrefix("http://") else {
                rest = rest[start.upperBound...]
                continue
            }
            let end = candidate.firstIndex(where: isTerminator) ?? candidate.endIndex
            let url = trimmingTrailingPunctuation(candidate[..<end])
            if url.count > "https://".count { found.append(String(url)) }
            rest = candidate[end...]
        }
        return found
    }

    private static func isTerminator(_ character: Character) -> Bool {
        guard character.isASCII else { return true }
        return character.isWhitespace || "<>\"'`[]{}|\\^".contains(character)
    }

    private static func trimmingTrailingPunctuation(_ url: Substring) -> Substring {
        var url = url
        while let last = url.last, ".,;:!?".contains(last) || (last == ")" && !url.contains("(")) {
            url = url.dropLast()
        }
        return url
    }
}
