import Foundation

/// A file's text as lines, numbered from 1, with `\r\n` and `\r` line ends treated as `\n`.
struct TextLines {
    /// The lines, without their line ends.
    let lines: [Substring]

    init(_ text: String) {
        let unified = text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n") : text
        // Splitting the UTF-8 view is much faster than splitting Characters; "\n" never occurs inside a scalar.
        lines = unified.utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
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
    var isBlank: Bool { unicodeScalars.allSatisfy(\.isTrimmable) }

    /// The text without white space at either end. Walks only the ends, unlike Foundation's
    /// `trimmingCharacters(in:)`, which copies the whole string.
    var trimmed: String {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTrimmable }),
              let last = scalars.lastIndex(where: { !$0.isTrimmable })
        else { return "" }
        return String(Substring(scalars[first...last]))
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
