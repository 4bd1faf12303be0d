import Foundation

/// Scores one article: recency, interest in its tags, its source's weight, its theme confidence and simple
/// quality signals, each term weighted and explained.
struct Scorer {
    let configuration: Selector.Configuration
    /// Recency is measured back from here (the window's end).
    let reference: Date

    func breakdown(for article: AnalyzedArticle) -> ScoreBreakdown {
        let weights = configuration.weights
        return ScoreBreakdown(terms: [
            term("recency", weight: weights.recency, recency(article.article)),
            term("interest", weight: weights.interest, interest(article.tags)),
            term("source", weight: weights.source, source(article.article)),
            term("theme", weight: weights.theme, (article.theme.confidence,
                                                 "\(article.theme.theme.id) with confidence \(format(article.theme.confidence))")),
            term("quality", weight: weights.quality, quality(article.article)),
        ], diversityPenalty: nil)
    }

    private func term(_ name: String, weight: Double, _ value: (Double, String)) -> ScoreBreakdown.Term {
        ScoreBreakdown.Term(name: name, value: rounded(value.0), weight: weight,
                            contribution: rounded(value.0 * weight), detail: value.1)
    }

    /// `0.5^(age / half-life)`, from the publication date, else the collected time.
    private func recency(_ article: Article) -> (Double, String) {
        let (date, which) = article.published.map { ($0.date, "published \($0.description)") }
            ?? (article.collected, "undated; collected \(article.collected.formatted(.iso8601))")
        let ageDays = max(0, reference.timeIntervalSince(date) / 86_400)
        let value = pow(0.5, ageDays / max(configuration.halfLifeDays, 0.001))
        return (value, "\(which), \(format(ageDays)) days before the window's end; half-life "
            + "\(format(configuration.halfLifeDays)) days")
    }

    /// The sum of configured interests in the article's tags (inferred tags count by their score, up to 1).
    private func interest(_ tags: [ArticleTag]) -> (Double, String) {
        var total = 0.0
        var matched: [String] = []
        for tag in tags {
            guard let interest = configuration.interests[tag.name] else { continue }
            let strength = tag.origin == .explicit ? 1 : min(1, tag.score / 5)
            total += interest * strength
            matched.append("\(tag.name) \(format(interest))×\(format(strength))")
        }
        return (total, matched.isEmpty ? "no tag of interest" : matched.joined(separator: ", "))
    }

    private func source(_ article: Article) -> (Double, String) {
        guard let name = article.source?.name, let weight = configuration.sourceWeights[name] else {
            return (0, "source has no configured weight")
        }
        return (weight, "source \(name)")
    }

    /// Length (up to 2,000 characters counts), links to papers or code, and a source summary.
    private func quality(_ article: Article) -> (Double, String) {
        let length = min(1, Double(article.metrics.characters) / 2_000) * 0.5
        let hasResearchLinks = article.links.contains { $0.role == .paper || $0.role == .code }
        let links = hasResearchLinks ? 0.3 : 0
        let summary = article.summary != nil ? 0.2 : 0
        return (length + links + summary, "length \(format(length)), paper/code links \(format(links)), "
            + "source summary \(format(summary))")
    }

    private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
