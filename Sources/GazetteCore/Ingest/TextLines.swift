import Foundation

/// A file's text as lines, numbered from 1, with `\r\n` and `\r` line ends treated as `\n`.
struct TextLines {
    /// The lines, without their line ends.
    let lines: [Substring]

    init(_ text: String) {
        let unified = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n") : text
        lines = unified.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The line with number `number` (counting from 1).
    subscript(number number: Int) -> Substring { lines[number - 1] }

    var count: Int { lines.count }

    /// Lines `from` through `to` (numbers counting from 1, inclusive) joined with `\n`.
    func joined(from: Int, through: Int) -> String {
        guard from <= through else { return "" }
        return lines[(from - 1)...(through - 1)].joined(separator: "\n")
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
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// The text without white space at either end.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
