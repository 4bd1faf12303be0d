extension Analyzer {
    /// A term with its TF-IDF weight in one article, spelled out for people.
    public struct Keyword: Sendable, Hashable, Codable {
        /// The term (a lowercased word, or a pair of CJK characters).
        public var term: String
        /// How often it occurs in the analysis text.
        public var count: Int
        /// Its weight.
        public var weight: Double
    }

    /// The heaviest terms of `article`'s analysis text, spelled out: what `explain` shows.
    public func keywords(of article: Article, statistics: CorpusStatistics, limit: Int = 15) -> [Keyword] {
        var counts: [String: Int] = [:]
        let text = [article.title, article.subtitle ?? "", article.summary ?? "",
                    String(DocumentTerms.lead(of: article.body, limit: configuration.bodyCharacters))]
            .joined(separator: " ")
        for term in Tokenizer().terms(text) { counts[term, default: 0] += 1 }
        return counts.map { term, count in
            Keyword(term: term, count: count, weight: TagInferrer.rounded(
                statistics.weight(count: count, term: TermHashing.hash(term))))
        }
        .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        .prefix(limit).map { $0 }
    }
}
