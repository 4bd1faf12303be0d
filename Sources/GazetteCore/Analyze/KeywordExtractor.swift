/// Picks an article's heaviest terms by TF-IDF: its keyword vector, for cosine similarity between articles.
public struct KeywordExtractor: Sendable, Equatable {
    /// Characters of the body read (title, subtitle and summary are always read), as for tags and themes.
    public var bodyCharacters: Int
    /// Terms kept.
    public var keywordCount: Int

    /// Creates an extractor; the defaults are analysis's.
    public init(bodyCharacters: Int = 1500, keywordCount: Int = 20) {
        self.bodyCharacters = bodyCharacters
        self.keywordCount = keywordCount
    }

    /// The `keywordCount` heaviest terms of `article`'s analysis text, weighted against `statistics`; ties go to
    /// the smaller term hash, so the vector is the same on every run.
    public func vector(of article: Article, statistics: CorpusStatistics) -> KeywordVector {
        let terms = DocumentTerms(article: article, bodyLimit: bodyCharacters)
        let weighted = terms.counts.lazy.map { term, count in (term, statistics.weight(count: Int(count), term: term)) }
            .smallest(keywordCount) { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return KeywordVector(pairs: weighted.map { ($0.0, $0.1) })
    }
}
