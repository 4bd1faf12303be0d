/// Finds an article by the id (or a unique prefix of it) a user typed, or says which ids come closest.
public struct ArticleLookup: Sendable {
    /// What a lookup found.
    public enum Match: Sendable {
        /// Exactly one article.
        case found(AnalyzedArticle)
        /// None; the closest candidates, best first (possibly empty).
        case notFound(closest: [AnalyzedArticle])
    }

    let articles: [AnalyzedArticle]

    /// A lookup over `corpus`.
    public init(_ corpus: AnalyzedCorpus) {
        articles = corpus.articles
    }

    /// The article `query` names: an exact id, a unique id prefix of four or more characters, or else the
    /// closest ids (by edit distance) and titles containing the query.
    public func find(_ query: String) -> Match {
        let query = query.trimmed.lowercased()
        if let exact = articles.first(where: { $0.id.rawValue == query }) { return .found(exact) }
        let prefixed = articles.filter { $0.id.rawValue.hasPrefix(query) }
        if query.count >= 4, prefixed.count == 1 { return .found(prefixed[0]) }
        let titled = articles.filter { !query.isEmpty && $0.article.title.lowercased().contains(query) }
        let limit = Swift.max(2, query.count / 3)
        let distances: [(article: AnalyzedArticle, distance: Int)] = articles.map { article in
            (article, EditDistance.between(String(article.id.rawValue.prefix(query.count)), query))
        }
        let near = distances.filter { $0.distance <= limit }
            .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.article.id < $1.article.id }
            .map(\.article)
        var closest: [AnalyzedArticle] = []
        for article in prefixed + titled + near where !closest.contains(where: { $0.id == article.id }) {
            closest.append(article)
        }
        return .notFound(closest: Array(closest.prefix(5)))
    }
}
