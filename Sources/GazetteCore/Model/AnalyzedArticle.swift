/// An article with what analysis found: tags, theme, and its near-duplicate cluster. (Its summary, keyword vector
/// and the reasons for its theme are made when they are needed: `AnalyzedCorpus.summary(of:)`,
/// `AnalyzedCorpus.keywordVector(of:)`, `AnalyzedCorpus.themeEvidence(of:)`.)
public struct AnalyzedArticle: Sendable, Hashable {
    /// The article as ingested.
    public var article: Article
    /// Explicit tags (folded through aliases) or inferred ones, with scores.
    public var tags: [ArticleTag]
    /// The theme, with every theme's score.
    public var theme: ThemeAssignment
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
    /// Makes keyword vectors on demand: only the articles selection ranks in detail are compared (weighing every
    /// term of 100k articles for vectors never read was a third of per-article analysis).
    let keywords: KeywordExtractor
    /// Writes the reasons for themes on demand (analysis keeps only the scores).
    let themes: ThemeClassifier

    /// A corpus of analyzed articles.
    public init(articles: [AnalyzedArticle], clusters: [DuplicateCluster], statistics: CorpusStatistics,
                summary: Summarizer.Configuration = .init(), keywords: KeywordExtractor = .init(),
                themes: ThemeClassifier = ThemeClassifier(configuration: .init())) {
        self.articles = articles
        self.clusters = clusters
        self.statistics = statistics
        summarizer = Summarizer(configuration: summary)
        self.keywords = keywords
        self.themes = themes
    }

    /// The heaviest terms of `article` by TF-IDF against this corpus, for similarity between articles.
    public func keywordVector(of article: AnalyzedArticle) -> KeywordVector {
        keywords.vector(of: article.article, statistics: statistics)
    }

    /// The summary of `article`, with every sentence's score: the source's own, or extracted from its lead with
    /// weights from this corpus.
    public func summary(of article: AnalyzedArticle) -> Summary {
        summarizer.summarize(article.article, statistics: statistics)
    }

    /// Every theme's score for `article` with the signals that made it, in the order of `article.theme.scores`:
    /// why the article got its theme.
    public func themeEvidence(of article: AnalyzedArticle) -> [ThemeAssignment.Evidence] {
        themes.evidence(for: article.article,
                        terms: DocumentTerms(article: article.article, bodyLimit: keywords.bodyCharacters),
                        tags: article.tags)
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
