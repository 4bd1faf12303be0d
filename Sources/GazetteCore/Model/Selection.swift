/// An article chosen for a section, with its score and rank.
public struct SelectedItem: Sendable, Hashable {
    /// The analyzed article.
    public var article: AnalyzedArticle
    /// Its score, term by term.
    public var breakdown: ScoreBreakdown
    /// Its rank within the section, from 1.
    public var rank: Int
    /// Its summary.
    public var summary: Summary
    /// Other copies of the same story ("also in").
    public var alternates: [Article]
}

/// A section of the digest: one theme's ranked items.
public struct SelectedSection: Sendable, Hashable {
    /// The theme.
    public var theme: Theme
    /// The items, best first.
    public var items: [SelectedItem]
    /// How many articles of this theme were in the window (before the quota).
    public var candidateCount: Int
    /// The most items this section may hold.
    public var quota: Int
}

/// What selection hands to composition: the window, the sections, and what was left out and why.
public struct Selection: Sendable {
    /// The window.
    public var window: SelectionWindow
    /// Sections with at least one item, in the configured theme order, `other` last.
    public var sections: [SelectedSection]
    /// Configured themes that had no article in the window.
    public var emptyThemes: [Theme]
    /// Full scores of the candidates each section considered (its best by base score), for `explain`.
    public var scores: [ArticleID: ScoreBreakdown]
    /// The articles in the window, after folding near-duplicates.
    public var candidates: Set<ArticleID>
    /// How many articles were in the window, after folding near-duplicates.
    public var candidateCount: Int { candidates.count }
    /// Notes for the user: undated articles, folded duplicates, empty themes.
    public var notes: [String]

    /// The item for `id`, with its section, if it was selected.
    public func item(_ id: ArticleID) -> (section: SelectedSection, item: SelectedItem)? {
        for section in sections {
            if let item = section.items.first(where: { $0.article.id == id }) { return (section, item) }
        }
        return nil
    }
}
