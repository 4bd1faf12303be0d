/// An article with what analysis found: tags, theme, keywords, and its near-duplicate cluster. (Its summary is made
/// when it is shown: `AnalyzedCorpus.summary(of:)`.)
public struct AnalyzedArticle: Sendable, Hashable {
    /// The article as ingested.
    public var article: Article
    /// Explicit tags (folded through aliases) or inferred ones, with scores.
    public var tags: [ArticleTag]
    /// The theme and why.
    public var theme: ThemeAssignment
    /// The heaviest terms by TF-IDF, for similarity between articles.
    public var keywordVector: KeywordVector
    /// The near-duplicate cluster this article belongs to, if any.
    public var clusterID: Int?

    /// The article's id.
    public var id: ArticleID { article.id }
}

/// A story found more than once: the article shown, and the others kept as "also in".
public struct DuplicateCluster: Sendable, Hashable, Codable {
    /// The cluster's number, from 1.
    public var id: Int
    /// The article shown for the story: the one with a date, the most metadata, then the longest.
    public var primary: ArticleID
    /// The other copies.
    public var alternates: [ArticleID]

    /// Every member, the primary first.
    public var members: [ArticleID] { [primary] + alternates }
}

/// What analysis hands to selection.
public struct AnalyzedCorpus: Sendable {
    /// Every article, in ingest order.
    public var articles: [AnalyzedArticle]
    /// Near-duplicate clusters.
    public var clusters: [DuplicateCluster]
    /// Document frequencies of the corpus.
    public var statistics: CorpusStatistics
    /// Writes summaries on demand: only the articles a digest or an explanation shows need one, so analysis does
    /// not summarize the whole corpus (that was more than half of analysis).
    let summarizer: Summarizer

    /// A corpus of analyzed articles.
    public init(articles: [AnalyzedArticle], clusters: [DuplicateCluster], statistics: CorpusStatistics,
                summary: Summarizer.Configuration = .init()) {
        self.articles = articles
        self.clusters = clusters
        self.statistics = statistics
        summarizer = Summarizer(configuration: summary)
    }

    /// The summary of `article`, with every sentence's score: the source's own, or extracted from its lead with
    /// weights from this corpus.
    public func summary(of article: AnalyzedArticle) -> Summary {
        summarizer.summarize(article.article, statistics: statistics)
    }

    /// The article with `id`, if any.
    public func article(_ id: ArticleID) -> AnalyzedArticle? {
        articles.first { $0.id == id }
    }

    /// The cluster `article` belongs to, if any.
    public func cluster(of article: AnalyzedArticle) -> DuplicateCluster? {
        article.clusterID.flatMap { id in clusters.first { $0.id == id } }
    }
}
