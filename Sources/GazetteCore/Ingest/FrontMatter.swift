import Foundation

/// The fields of a Markdown file's front matter, with the line each was written on.
struct FrontMatter: Sendable, Equatable {
    /// A front matter value, reduced to what article metadata needs.
    enum Value: Sendable, Equatable {
        case text(String)
        case list([String])
        case flag(Bool)
        /// A nested table or anything else that is no article field.
        case other
    }

    /// One field: its value and its line in the file (counting from 1).
    struct Field: Sendable, Equatable {
        var value: Value
        var line: Int
    }

    /// Fields by lowercased key.
    var fields: [String: Field] = [:]

    /// The first of `keys` that is present.
    func field(_ keys: String...) -> Field? {
        keys.lazy.compactMap { fields[$0] }.first
    }

    /// The first of `keys` as text (a list gives its first item), nil when absent or empty.
    func text(_ keys: String...) -> String? {
        for key in keys {
            switch fields[key]?.value {
            case .text(let text) where !text.isBlank: return text.trimmed
            case .list(let items) where !items.isEmpty: return items.joined(separator: ", ")
            default: continue
            }
        }
        return nil
    }

    /// The first of `keys` as a list: a list as is, a single string split at commas (and 、，).
    func list(_ keys: String...) -> [String] {
        for key in keys {
            switch fields[key]?.value {
            case .list(let items): return items.map(\.trimmed).filter { !$0.isEmpty }
            case .text(let text): return Self.items(of: text).map(\.trimmed).filter { !$0.isEmpty }
            default: continue
            }
        }
        return []
    }
}

extension FrontMatter {
    /// `text` split at commas (`,`, `，`, `、`), as splitting its `Character`s does. Text of ASCII, the common Han block
    /// and those commas (most tag lists, such as `强化学习，数据集`) is split at the commas' bytes: none of these
    /// scalars joins another into one character, so the two splits agree, and walking bytes skips the grapheme
    /// breaking. Any other text is split by `Character`s.
    static func items(of text: String) -> [Substring] {
        var pieces: [Substring] = []
        var pieceStart = text.utf8.startIndex
        var index = pieceStart
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            let width: Int
            if byte < 0x80 {
                width = 1
            } else if (0xE4...0xE9).contains(byte) || byte == 0xEF || byte == 0xE3 {
                width = 3
            } else {
                return text.split(whereSeparator: { ",，、".contains($0) })
            }
            guard let end = utf8.index(index, offsetBy: width, limitedBy: utf8.endIndex) else { break }
            let scalar = utf8[index..<end]
            let isComma = byte == UInt8(ascii: ",") || scalar.elementsEqual(Self.fullWidthComma)
                || scalar.elementsEqual(Self.ideographicComma)
            if isComma {
                if pieceStart < index { pieces.append(text[pieceStart..<index]) }
                pieceStart = end
            } else if width == 3, !Self.isCommonHan(scalar) {
                return text.split(whereSeparator: { ",，、".contains($0) })
            }
            index = end
        }
        if pieceStart < utf8.endIndex { pieces.append(text[pieceStart...]) }
        return pieces
    }

    private static let fullWidthComma = Array("，".utf8)
    private static let ideographicComma = Array("、".utf8)

    /// Whether three bytes are a character of U+4E00 to U+9FFF (E4 B8 80 to E9 BF BF).
    private static func isCommonHan(_ scalar: Substring.UTF8View) -> Bool {
        guard let lead = scalar.first, let second = scalar.dropFirst().first else { return false }
        return (0xE4...0xE9).contains(lead) && (lead > 0xE4 || second >= 0xB8)
    }
}

/// Why front matter could not be read.
struct FrontMatterError: Error, Sendable, Equatable {
    /// The line the problem is on, counting from 1.
    var line: Int
    /// What is wrong and what to do.
    var message: String
}
