/// A tag on an article: given by the source, or inferred from the text with a score.
public struct ArticleTag: Sendable, Hashable, Codable {
    /// Where a tag comes from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// Written by the source (front matter).
        case explicit
        /// Found by analysis.
        case inferred
    }

    /// The tag's canonical name (aliases folded into it).
    public var name: String
    /// 1 for explicit tags; the TF-IDF weight of the evidence for inferred ones.
    public var score: Double
    /// Where it comes from.
    public var origin: Origin
    /// The word in the text that gave an inferred tag, when it differs from the name.
    public var evidence: String?

    /// Creates a tag.
    public init(name: String, score: Double, origin: Origin, evidence: String? = nil) {
        self.name = name
        self.score = score
        self.origin = origin
        self.evidence = evidence
    }
}
