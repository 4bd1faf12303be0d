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
            case .text(let text):
                return text.split(whereSeparator: { ",，、".contains($0) }).map(\.trimmed).filter { !$0.isEmpty }
            default: continue
            }
        }
        return []
    }
}

/// Why front matter could not be read.
struct FrontMatterError: Error, Sendable, Equatable {
    /// The line the problem is on, counting from 1.
    var line: Int
    /// What is wrong and what to do.
    var message: String
}
