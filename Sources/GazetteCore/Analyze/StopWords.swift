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

    /// The English stop words' term hashes.
    static let englishHashes: Set<TermHash> = Set(english.map(TermHashing.hash))

    /// Chinese function characters: a character pair containing one is no term.
    static let cjkCharacters: Set<Unicode.Scalar> = Set("的了是在和有也就都而及与着或被把这那之其为以于中上下个们我你他她它不没很更最还又从对到让给将并等".unicodeScalars)
}
