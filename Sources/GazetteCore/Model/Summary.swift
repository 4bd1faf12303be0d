/// An article's short summary, and how it was made.
public struct Summary: Sendable, Hashable, Codable {
    /// Where the summary comes from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// The source's own summary (front matter `summary`, `description`, `excerpt`).
        case source
        /// Sentences chosen from the body.
        case extracted
        /// No sentence qualified.
        case none
    }

    /// One candidate sentence and its score.
    public struct Sentence: Sendable, Hashable, Codable {
        /// The sentence.
        public var text: String
        /// Its position among the body's sentences, from 0.
        public var position: Int
        /// Its score (0 when excluded).
        public var score: Double
        /// Why it can never be chosen (promotion, caption, link line…), if so.
        public var excludedBecause: String?
        /// Whether it is part of the summary.
        public var isChosen: Bool
    }

    /// The summary's text.
    public var text: String
    /// Where it comes from.
    public var origin: Origin
    /// The candidate sentences with their scores (empty for a source summary).
    public var sentences: [Sentence]
}
