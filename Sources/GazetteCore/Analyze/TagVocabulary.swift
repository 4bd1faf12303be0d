import Foundation

/// The tags Gazette knows and their aliases (`LLM` = `大语言模型` = `大模型`), folded to one canonical name.
public struct TagVocabulary: Sendable, Equatable {
    /// Canonical name → aliases, as configured.
    public private(set) var aliases: [String: [String]]
    private var canonicalByKey: [String: String] = [:]

    /// Creates a vocabulary from canonical names and their aliases.
    public init(aliases: [String: [String]]) {
        self.aliases = aliases
        for (canonical, names) in aliases.sorted(by: { $0.key < $1.key }) {
            for name in [canonical] + names {
                canonicalByKey[Self.key(name)] = canonical
            }
        }
    }

    /// The canonical name for `tag`: its alias target, or the tag itself, trimmed and with width folded.
    public func canonical(_ tag: String) -> String {
        canonicalByKey[Self.key(tag)] ?? Self.foldWidth(tag).trimmed
    }

    /// Every (alias or canonical name, canonical name) pair, longest first, for matching in text.
    public var names: [(name: String, canonical: String)] {
        aliases.flatMap { canonical, names in ([canonical] + names).map { ($0, canonical) } }
            .sorted { $0.name.count != $1.name.count ? $0.name.count > $1.name.count : $0.name < $1.name }
    }

    /// Case-, width- and space-insensitive form of a name.
    static func key(_ name: String) -> String {
        foldWidth(name).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Full-width ASCII folded to half-width.
    static func foldWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(folded)
            } else {
                scalars.append(scalar.value == 0x3000 ? " " : scalar)
            }
        }
        return String(scalars)
    }

    public static func == (lhs: TagVocabulary, rhs: TagVocabulary) -> Bool {
        lhs.aliases == rhs.aliases
    }
}
