import Foundation

/// The analysis stage: tags and theme for every article, and near-duplicate clusters. Summaries and keyword vectors
/// are made for the articles that need them (`AnalyzedCorpus.summary(of:)`, `AnalyzedCorpus.keywordVector(of:)`).
///
/// Per-article work runs on every core; the result is the same for the same input, whatever the timing.
public struct Analyzer: Sendable {
    /// Every analysis setting; each has a default.
    public struct Configuration: Sendable, Equatable {
        /// Tag aliases and inference.
        public var tags: TagInferrer.Configuration
        /// Themes and their rules.
        public var themes: ThemeClassifier.Configuration
        /// Summary length.
        public var summary: Summarizer.Configuration
        /// Near-duplicate detection.
        public var nearDuplicates: NearDuplicateDetector.Configuration
        /// Characters of each body read for terms (title, subtitle and summary are always read).
        public var bodyCharacters: Int
        /// Keywords kept in an article's keyword vector (selection compares the vectors of the articles it ranks).
        public var keywordCount: Int

        /// Creates a configuration; every parameter has a default.
        public init(tags: TagInferrer.Configuration = .init(), themes: ThemeClassifier.Configuration = .init(),
                    summary: Summarizer.Configuration = .init(),
                    nearDuplicates: NearDuplicateDetector.Configuration = .init(),
                    bodyCharacters: Int = 1500, keywordCount: Int = 20) {
            self.tags = tags
            self.themes = themes
            self.summary = summary
            self.nearDuplicates = nearDuplicates
            self.bodyCharacters = bodyCharacters
            self.keywordCount = keywordCount
        }
    }

    /// The settings in use.
    public var configuration: Configuration

    /// Creates the stage.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Analyzes `articles`.
    public func analyze(_ articles: [Article]) async -> AnalyzedCorpus {
        let bodyCharacters = configuration.bodyCharacters
        let tagInferrer = TagInferrer(configuration: configuration.tags, articles: articles)
        let themeClassifier = ThemeClassifier(configuration: configuration.themes)
        // Asked about every distinct term of every article, most of which it does not hold: kept sparse.
        let watchedTerms = tagInferrer.watchedTerms + themeClassifier.watchedTerms
        var watched = TermCounts(capacity: TermCounts.sparseCapacity(forTerms: watchedTerms.count))
        for term in watchedTerms where !watched.contains(term) {
            watched.add(term)
        }
        let (terms, statistics) = await DocumentTerms.counting(articles, bodyLimit: bodyCharacters, keeping: watched)
        let context = ArticleAnalysis(tagInferrer: tagInferrer, themeClassifier: themeClassifier,
                                      statistics: statistics)
        // By index: pairing 100k articles with their terms first copied every article once more.
        var analyzed = await Array(articles.indices).concurrentMap { index in
            context.analyze(articles[index], terms: terms[index])
        }
        let groups = await nearDuplicateGroups(articles)
        let clusters = groups.enumerated().map { offset, members in
            Self.cluster(id: offset + 1, members: members.map { analyzed[$0] })
        }
        for (cluster, members) in zip(clusters, groups) {
            for index in members { analyzed[index].clusterID = cluster.id }
        }
        return AnalyzedCorpus(articles: analyzed, clusters: clusters, statistics: statistics,
                              summary: configuration.summary,
                              keywords: KeywordExtractor(bodyCharacters: bodyCharacters,
                                                         keywordCount: configuration.keywordCount),
                              themes: themeClassifier)
    }

    /// Groups of near-duplicate articles (indices into `articles`, each group sorted, groups by first index):
    /// MinHash signatures computed on every core, then LSH banding.
    public func nearDuplicateGroups(_ articles: [Article]) async -> [[Int]] {
        let signatures = await articles.concurrentMap { [configuration] article in
            MinHash(parts: [article.title, article.body], shingleSize: configuration.nearDuplicates.shingleSize)
        }
        return await NearDuplicateDetector(configuration: configuration.nearDuplicates).clusters(signatures)
    }

    /// The primary is the dated one with the most metadata, then the longest, then the smallest id.
    private static func cluster(id: Int, members: [AnalyzedArticle]) -> DuplicateCluster {
        let ranked = members.sorted { lhs, rhs in
            let left = (lhs.article.published != nil ? 1 : 0, lhs.tags.count, lhs.article.metrics.characters)
            let right = (rhs.article.published != nil ? 1 : 0, rhs.tags.count, rhs.article.metrics.characters)
            return left != right ? left > right : lhs.id < rhs.id
        }
        return DuplicateCluster(id: id, primary: ranked[0].id, alternates: ranked.dropFirst().map(\.id))
    }
}

/// The per-article half of analysis, with everything it needs from the corpus.
struct ArticleAnalysis: Sendable {
    let tagInferrer: TagInferrer
    let themeClassifier: ThemeClassifier
    let statistics: CorpusStatistics

    func analyze(_ article: Article, terms: DocumentTerms) -> AnalyzedArticle {
        let tags = tagInferrer.tags(for: article, terms: terms, statistics: statistics)
        let theme = themeClassifier.classify(article, terms: terms, tags: tags)
        return AnalyzedArticle(article: article, tags: tags, theme: theme, clusterID: nil)
    }
}
