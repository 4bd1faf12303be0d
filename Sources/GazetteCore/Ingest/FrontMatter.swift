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
        guard let ranges = text.utf8.withContiguousStorageIfAvailable(commaSeparatedRanges) ?? nil else {
            return text.split(whereSeparator: { ",，、".contains($0) })
        }
        return ranges.map { text.slice(utf8Offsets: $0) }
    }

    /// The byte ranges between the commas of text made of ASCII, the common Han block and commas only, empty ones left
    /// out; nil for any other text.
    private static func commaSeparatedRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var (start, index) = (0, 0)
        while index < bytes.count {
            let commaWidth: Int
            if bytes[index] < 0x80 {
                guard bytes[index] == UInt8(ascii: ",") else {
                    index += 1
                    continue
                }
                commaWidth = 1
            } else if UTF8Scalars.isCommonHan(at: index, in: bytes) {
                index += 3
                continue
            } else if bytes[index...].starts(with: fullWidthComma) || bytes[index...].starts(with: ideographicComma) {
                commaWidth = 3
            } else {
                return nil
            }
            if start < index { ranges.append(start..<index) }
            index += commaWidth
            start = index
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    private static let fullWidthComma = Array("，".utf8)
    private static let ideographicComma = Array("、".utf8)
}

/// Why front matter could not be read.
struct FrontMatterError: Error, Sendable, Equatable {
    /// The line the problem is on, counting from 1.
    var line: Int
    /// What is wrong and what to do.
    var message: String
}
