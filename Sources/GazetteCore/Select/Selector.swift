import Foundation

/// The selection stage: the articles of a window, scored, diversified and cut to each section's quota.
///
/// Near-duplicate alternates are folded into their cluster's primary. The order is fully determined by the input:
/// ties are broken by article id.
public struct Selector: Sendable {
    /// The settings in use.
    public var configuration: Configuration
    /// The themes, in section order.
    public var themes: [Theme]

    /// Creates the stage.
    public init(configuration: Configuration = Configuration(), themes: [Theme] = ThemeDefinition.defaults.map(\.theme)) {
        self.configuration = configuration
        self.themes = themes
    }

    /// Selects from `corpus` for `window`, scoring recency against `window.end`.
    public func select(_ corpus: AnalyzedCorpus, window: SelectionWindow) throws(SelectionError) -> Selection {
        guard !corpus.articles.isEmpty else { throw .emptyCorpus }
        // Candidates are indices into the corpus: copying every analyzed article of a wide window (100k) cost more
        // than scoring them.
        let articles = corpus.articles
        let candidates = candidates(in: corpus, window: window)
        guard !candidates.isEmpty else {
            let undated = corpus.articles.count { $0.article.published == nil }
            throw .nothingInWindow(window: window.label, articleCount: corpus.articles.count, undated: undated)
        }
        let scorer = Scorer(configuration: configuration, reference: window.end)
        // Sections rank (index, score) pairs; article values are touched only for the few a section considers
        // (sorting and filtering 100k analyzed articles by value moved gigabytes).
        var rankedByTheme: [Theme: [RankedCandidate]] = [:]
        for index in candidates {
            rankedByTheme[articles[index].theme.theme, default: []]
                .append(RankedCandidate(index: index, id: articles[index].id, score: scorer.base(for: articles[index])))
        }
        var scores: [ArticleID: ScoreBreakdown] = [:]
        let sections = (themes + [.other]).compactMap { theme in
            section(theme, from: rankedByTheme[theme] ?? [], scorer: scorer, corpus: corpus, scores: &scores)
        }
        let empty = themes.filter { theme in !sections.contains { $0.theme == theme } }
        return Selection(window: window, sections: sections, emptyThemes: empty, scores: scores,
                         candidates: Set(candidates.map { articles[$0].id }),
                         notes: notes(corpus: corpus, candidates: candidates, emptyThemes: empty))
    }

    /// The full score of one article in `window`, as `explain` shows it for candidates that ranked too low to be
    /// scored in detail during selection.
    public func breakdown(for article: AnalyzedArticle, window: SelectionWindow) -> ScoreBreakdown {
        Scorer(configuration: configuration, reference: window.end).breakdown(for: article)
    }

    /// The indices of the corpus's articles in `window`, near-duplicate alternates left out.
    private func candidates(in corpus: AnalyzedCorpus, window: SelectionWindow) -> [Int] {
        let alternates = Set(corpus.clusters.flatMap(\.alternates))
        let articles = corpus.articles
        return articles.indices.filter { index in
            isInWindow(articles[index].article, window: window)
                && (alternates.isEmpty || !alternates.contains(articles[index].id))
        }
    }

    private func isInWindow(_ article: Article, window: SelectionWindow) -> Bool {
        switch window.basis {
        case .collected:
            return window.contains(article.collected)
        case .published:
            if let published = article.published { return window.contains(published.date) }
            switch configuration.undated {
            case .useCollected: return window.contains(article.collected)
            case .include: return true
            case .exclude: return false
            }
        }
    }

    /// A candidate's place in the corpus, with what orders it: its base score, then its id.
    private struct RankedCandidate {
        var index: Int
        var id: ArticleID
        var score: Double
    }

    /// The section's items: the best candidates by base score get full breakdowns (a diversity penalty only lowers a
    /// score, so no candidate far down the ranking can win a pick: the best 50 per slot are enough), then maximal
    /// marginal relevance picks up to the quota.
    private func section(_ theme: Theme, from ranked: [RankedCandidate], scorer: Scorer, corpus: AnalyzedCorpus,
                         scores: inout [ArticleID: ScoreBreakdown]) -> SelectedSection? {
        guard !ranked.isEmpty else { return nil }
        let quota = configuration.quotas[theme.id] ?? configuration.defaultQuota
        let considered = ranked.smallest(max(quota * 50, 200)) { lhs, rhs in
            lhs.score != rhs.score ? lhs.score > rhs.score : lhs.id < rhs.id
        }
        let scored = considered.map { ranked in
            let article = corpus.articles[ranked.index]
            return Diversifier.Candidate(article: article, breakdown: scorer.breakdown(for: article),
                                         keywords: corpus.keywordVector(of: article))
        }
        for candidate in scored { scores[candidate.article.id] = candidate.breakdown }
        let picked = Diversifier(weight: configuration.diversity).pick(scored, count: quota)
        let items = picked.enumerated().map { offset, pick in
            scores[pick.article.id] = pick.breakdown
            return SelectedItem(article: pick.article, breakdown: pick.breakdown, rank: offset + 1,
                                summary: corpus.summary(of: pick.article),
                                alternates: alternates(of: pick.article, in: corpus))
        }
        return SelectedSection(theme: theme, items: items, candidateCount: ranked.count, quota: quota)
    }

    private func alternates(of article: AnalyzedArticle, in corpus: AnalyzedCorpus) -> [Article] {
        guard let cluster = corpus.cluster(of: article) else { return [] }
        return cluster.alternates.compactMap { corpus.article($0)?.article }
    }

    private func notes(corpus: AnalyzedCorpus, candidates: [Int], emptyThemes: [Theme]) -> [String] {
        var notes: [String] = []
        let undated = candidates.count { corpus.articles[$0].article.published == nil }
        if undated > 0 {
            notes.append("\(undated) of \(candidates.count) candidates have no publication date; "
                + "recency uses when they were collected (selection.undated: \(configuration.undated.rawValue))")
        }
        let folded = corpus.clusters.map(\.alternates.count).reduce(0, +)
        if folded > 0 { notes.append("\(folded) near-duplicate copies folded into \(corpus.clusters.count) stories") }
        for theme in emptyThemes { notes.append("no \(theme.id) articles in this window; the section is left out") }
        return notes
    }
}
