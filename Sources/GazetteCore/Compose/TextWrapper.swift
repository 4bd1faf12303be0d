/// Wraps text to a width in terminal columns, counting East Asian wide characters as two.
///
/// Lines break at spaces, and between any two CJK characters; a line never starts with closing punctuation
/// (，。、！？；：」』）》) and never ends with opening punctuation, as Chinese typesetting requires.
public struct TextWrapper: Sendable {
    /// The widest a line may be, in columns.
    public var width: Int

    /// Creates a wrapper.
    public init(width: Int = 72) {
        self.width = width
    }

    static let noLineStart = Set("，。、！？；：」』）》〉】,.!?;:)]}…%")
    static let noLineEnd = Set("「『（《〈【([{")

    /// The lines of `text` wrapped, each prefixed with `indent` (counted in the width).
    public func wrap(_ text: String, indent: String = "") -> [String] {
        let available = max(8, width - indent.displayWidth)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(String(paragraph), width: available).map { indent + $0 }
        }
        return lines
    }

    private func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for unit in Self.units(of: text) {
            let candidate = line.isEmpty ? unit.trimmingLeadingSpaces() : line + unit
            if candidate.displayWidth <= width || line.isEmpty {
                line = candidate
                continue
            }
            var (kept, carried) = (line, unit.trimmingLeadingSpaces())
            if let first = carried.first, Self.noLineStart.contains(first), let last = kept.popLastCharacter() {
                carried = String(last) + carried
            } else if let last = kept.last, Self.noLineEnd.contains(last) {
                kept.removeLast()
                carried = String(last) + carried
            }
            lines.append(kept.trimmingTrailingSpaces())
            line = carried
        }
        lines.append(line.trimmingTrailingSpaces())
        return lines
    }

    /// Pieces that must stay together: a Latin word with its leading space and trailing punctuation, or one CJK
    /// character.
    static func units(of text: String) -> [String] {
        var units: [String] = []
        var current = ""
        for character in text {
            let isWide = character.unicodeScalars.first.map { $0.displayWidth == 2 } ?? false
            if isWide {
                if !current.isEmpty { units.append(current) }
                units.append(String(character))
                current = ""
            } else if character == " ", !current.isEmpty, current.last != " " {
                units.append(current)
                current = " "
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { units.append(current) }
        return units
    }
}

extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " })
    }

    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    mutating func popLastCharacter() -> Character? {
        isEmpty ? nil : removeLast()
    }
}
