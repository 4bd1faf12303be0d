import Foundation

/// Scores one article: recency, interest in its tags, its source's weight, its theme confidence and simple
/// quality signals, each term weighted. `base(for:)` gives the number alone, cheaply, for ranking a whole corpus;
/// `breakdown(for:)` adds the words that explain each term, for the articles that get that far.
struct Scorer {
    let configuration: Selector.Configuration
    /// Recency is measured back from here (the window's end).
    let reference: Date

    /// The weighted sum of the terms, as `breakdown(for:).base` gives it.
    func base(for article: AnalyzedArticle) -> Double {
        let weights = configuration.weights
        // Numbers only: every candidate gets a base score, and only the few a section considers get the words
        // of a breakdown (formatting them for 100k candidates took seconds).
        return [rounded(recency(article.article) * weights.recency),
                rounded(interest(article.tags, describing: false).value * weights.interest),
                rounded(source(article.article) * weights.source), rounded(article.theme.confidence * weights.theme),
                rounded(qualityParts(article.article).total * weights.quality)].reduce(0, +)
    }

    func breakdown(for analyzed: AnalyzedArticle) -> ScoreBreakdown {
        let weights = configuration.weights
        let article = analyzed.article
        let interest = interest(analyzed.tags, describing: true)
        let quality = quality(article)
        return ScoreBreakdown(terms: [
            term("recency", weight: weights.recency, recency(article), recencyDetail(article)),
            term("interest", weight: weights.interest, interest.value, interest.detail),
            term("source", weight: weights.source, source(article),
                 article.source.map { configuration.sourceWeights[$0.name] != nil ? "source \($0.name)" : nil }
                    .flatMap { $0 } ?? "source has no configured weight"),
            term("theme", weight: weights.theme, analyzed.theme.confidence,
                 "\(analyzed.theme.theme.id) with confidence \(format(analyzed.theme.confidence))"),
            term("quality", weight: weights.quality, quality.value, quality.detail),
        ], diversityPenalty: nil)
    }

    private func term(_ name: String, weight: Double, _ value: Double, _ detail: String) -> ScoreBreakdown.Term {
        ScoreBreakdown.Term(name: name, value: rounded(value), weight: weight, contribution: rounded(value * weight),
                            detail: detail)
    }

    private func age(_ article: Article) -> Double {
        max(0, reference.timeIntervalSince(article.published?.date ?? article.collected) / 86_400)
    }

    /// `0.5^(age / half-life)`, from the publication date, else the collected time.
    private func recency(_ article: Article) -> Double {
        pow(0.5, age(article) / max(configuration.halfLifeDays, 0.001))
    }

    private func recencyDetail(_ article: Article) -> String {
        let which = article.published.map { "published \($0.description)" }
            ?? "undated; collected \(article.collected.formatted(.iso8601))"
        return "\(which), \(format(age(article))) days before the window's end; half-life "
            + "\(format(configuration.halfLifeDays)) days"
    }

    /// The sum of configured interests in the article's tags (inferred tags count by their score, up to 1).
    private func interest(_ tags: [ArticleTag], describing: Bool) -> (value: Double, detail: String) {
        guard !configuration.interests.isEmpty else { return (0, "no tag of interest") }
        var total = 0.0
        var matched: [String] = []
        for tag in tags {
            guard let interest = configuration.interests[tag.name] else { continue }
            let strength = tag.origin == .explicit ? 1 : min(1, tag.score / 5)
            total += interest * strength
            if describing { matched.append("\(tag.name) \(format(interest))×\(format(strength))") }
        }
        return (total, matched.isEmpty ? "no tag of interest" : matched.joined(separator: ", "))
    }

    private func source(_ article: Article) -> Double {
        article.source.flatMap { configuration.sourceWeights[$0.name] } ?? 0
    }

    /// Length (up to 2,000 characters counts), links to papers or code, and a source summary.
    private func qualityParts(_ article: Article) -> (length: Double, links: Double, summary: Double, total: Double) {
        let length = min(1, Double(article.metrics.characters) / 2_000) * 0.5
        let links = article.links.contains { $0.role == .paper || $0.role == .code } ? 0.3 : 0
        let summary = article.summary != nil ? 0.2 : 0
        return (length, links, summary, length + links + summary)
    }

    private func quality(_ article: Article) -> (value: Double, detail: String) {
        let parts = qualityParts(article)
        return (parts.total, "length \(format(parts.length)), paper/code links \(format(parts.links)), "
            + "source summary \(format(parts.summary))")
    }

    private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
