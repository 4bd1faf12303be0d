extension Unicode.Scalar {
    /// Columns the scalar takes in a terminal: 2 for East Asian wide and full-width characters and emoji,
    /// 0 for combining marks and zero-width characters, 1 otherwise.
    public var displayWidth: Int {
        let value = value
        if value < 0x300 { return value < 0x20 ? 0 : 1 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B || (0xFE00...0xFE0F).contains(value) { return 0 }
        return Self.isWide(value) ? 2 : 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xA000...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
            || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
            || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
    }
}

extension StringProtocol {
    /// Columns the text takes in a terminal, counting East Asian wide characters as two.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }

    /// The text cut to at most `width` columns, ending in `…` when it was cut.
    public func truncated(toDisplayWidth width: Int) -> String {
        guard displayWidth > width else { return String(self) }
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = character.unicodeScalars.reduce(0) { $0 + $1.displayWidth }
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// The text padded with spaces to `width` columns.
    public func padded(toDisplayWidth width: Int) -> String {
        String(self) + String(repeating: " ", count: Swift.max(0, width - displayWidth))
    }
}
