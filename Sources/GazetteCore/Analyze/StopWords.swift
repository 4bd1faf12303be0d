/// Words too common to tell articles apart.
enum StopWords {
    /// Common English function words, lowercased.
    static let english: Set<String> = [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "if",
        "in", "into", "is", "it", "its", "just", "more", "most", "no", "not", "of", "on", "one", "or", "our", "out",
        "over", "she", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "to", "up", "us", "was", "we", "were", "what", "when", "where", "which", "while",
        "who", "will", "with", "would", "you", "your", "http", "https", "www", "com",
    ]

    /// The English stop words' term hashes, in a term table (asked at every word: a `Set` would hash each hash
    /// again with SipHash), at most a fifth full: most words are no stop word, and a miss probes until a free
    /// slot (about six slots at the usual 70 %, one or two here).
    static let englishHashes: TermCounts = {
        var table = TermCounts(capacity: TermCounts.sparseCapacity(forTerms: english.count))
        for word in english { table.add(TermHashing.hash(word)) }
        return table
    }()

    /// Chinese function characters: a character pair containing one is no term.
    static let cjkCharacters: Set<Unicode.Scalar> = Set("的了是在和有也就都而及与着或被把这那之其为以于中上下个们我你他她它不没很更最还又从对到让给将并等".unicodeScalars)

    /// `cjkCharacters` as a bit per ideograph of the main CJK block: the tokenizer asks about every Chinese
    /// character, and a set would hash each one.
    static let cjkFunctionCharacters = CJKFunctionCharacters(cjkCharacters)
}

/// A set of ideographs of the main CJK block (U+4E00…U+9FFF), one bit each.
///
/// A value to keep in a local while scanning: a `static let` is reached through a lazy-initialization check on every
/// access, which cost the tokenizer as much as the test itself.
struct CJKFunctionCharacters: Sendable {
    private let bits: [UInt64]

    init(_ scalars: Set<Unicode.Scalar>) {
        var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x4E00 + 64) / 64)
        for scalar in scalars {
            let offset = Int(scalar.value) - 0x4E00
            precondition(offset >= 0 && offset < bits.count * 64, "CJK stop characters lie in U+4E00…U+9FFF")
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        self.bits = bits
    }

    /// Whether `scalar` is in the set.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let offset = Int(scalar.value) - 0x4E00
        guard offset >= 0, offset < bits.count * 64 else { return false }
        return bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }
}
