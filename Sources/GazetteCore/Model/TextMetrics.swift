/// Counts that describe an article's length, and how long it takes to read.
public struct TextMetrics: Sendable, Hashable, Codable {
    /// Visible characters, not counting white space.
    public var characters: Int
    /// Words: each Han, Kana or Hangul character counts as one, and so does each run of Latin letters or digits.
    public var words: Int
    /// Han, Kana and Hangul characters among `characters`.
    public var cjkCharacters: Int
    /// Estimated minutes to read, at least 1.
    public var readingMinutes: Int

    /// Creates metrics.
    public init(characters: Int, words: Int, cjkCharacters: Int, readingMinutes: Int) {
        self.characters = characters
        self.words = words
        self.cjkCharacters = cjkCharacters
        self.readingMinutes = readingMinutes
    }
}
