import Foundation
import GazetteCore

/// One article's analysis and score, for people.
struct ExplanationPrinter {
    let analyzer: Analyzer
    let corpus: AnalyzedCorpus
    let selection: Selection?
    let selector: Selector

    func render(_ analyzed: AnalyzedArticle) -> String {
        (header(analyzed) + keywords(analyzed) + tags(analyzed) + theme(analyzed) + summary(analyzed)
            + duplicates(analyzed) + score(analyzed)).joined(separator: "\n") + "\n"
    }

    private func header(_ analyzed: AnalyzedArticle) -> [String] {
        let article = analyzed.article
        let published = article.published.map { "\($0.description) (\($0.provenance.rawValue))" } ?? "undated"
        return ["\(article.id)  \(article.title)",
                "  \(article.origin) · published \(published) · \(article.language.rawValue) · "
                    + "\(article.metrics.characters) characters, \(article.metrics.readingMinutes) min"]
    }

    private func keywords(_ analyzed: AnalyzedArticle) -> [String] {
        let keywords = analyzer.keywords(of: analyzed.article, statistics: corpus.statistics)
        return ["", "Terms (TF-IDF over \(corpus.statistics.documentCount) articles):",
                "  " + keywords.map { "\($0.term) \(format($0.weight))" }.joined(separator: ", ")]
    }

    private func tags(_ analyzed: AnalyzedArticle) -> [String] {
        ["", "Tags:"] + (analyzed.tags.isEmpty ? ["  none"] : analyzed.tags.map { tag in
            let evidence = tag.evidence.map { " via '\($0)'" } ?? ""
            return "  \(tag.name)  \(tag.origin.rawValue) \(format(tag.score))\(evidence)"
        })
    }

    private func theme(_ analyzed: AnalyzedArticle) -> [String] {
        let assignment = analyzed.theme
        var lines = ["", "Theme: \(assignment.theme) (confidence \(format(assignment.confidence)); "
            + "best evidence for \(assignment.bestTheme))"]
        for score in corpus.themeEvidence(of: analyzed) {
            lines.append("  \(score.theme) \(format(score.score)): "
                + (score.reasons.isEmpty ? "no signal" : score.reasons.map(\.description).joined(separator: ", ")))
        }
        return lines
    }

    private func summary(_ analyzed: AnalyzedArticle) -> [String] {
        let summary = corpus.summary(of: analyzed)
        var lines = ["", "Summary (\(summary.origin.rawValue)): \(summary.text)"]
        for sentence in summary.sentences.prefix(12) {
            let mark = sentence.isChosen ? "✓" : " "
            let score = sentence.excludedBecause.map { "excluded: \($0)" } ?? format(sentence.score)
            lines.append("  \(mark) [\(score)] \(sentence.text.truncated(toDisplayWidth: 70))")
        }
        return lines
    }

    private func duplicates(_ analyzed: AnalyzedArticle) -> [String] {
        guard let cluster = corpus.cluster(of: analyzed) else { return ["", "Near-duplicates: none"] }
        let members = cluster.members.map { id in
            "  \(id == cluster.primary ? "shown" : "also in") \(id)  \(corpus.article(id)?.article.title ?? "")"
        }
        return ["", "Near-duplicates: cluster \(cluster.id)"] + members
    }

    private func score(_ analyzed: AnalyzedArticle) -> [String] {
        guard let selection else { return ["", "Score: no selection (the window holds no article)"] }
        guard let breakdown = selection.scores[analyzed.id] ?? candidateBreakdown(analyzed, window: selection.window)
        else {
            return ["", "Score: not a candidate in \(selection.window.label) (outside the window, or a duplicate)"]
        }
        var lines = ["", "Score in \(selection.window.label):"]
        for term in breakdown.terms + [breakdown.diversityPenalty].compactMap({ $0 }) {
            lines.append("  \(term.name.padded(toDisplayWidth: 9)) \(format(term.value)) × \(format(term.weight)) = "
                + "\(format(term.contribution))  \(term.detail)")
        }
        if let (section, item) = selection.item(analyzed.id) {
            lines.append("  total \(format(breakdown.total)): rank \(item.rank) of \(section.items.count) in "
                + "\(section.theme) (selected)")
        } else {
            lines.append("  total \(format(breakdown.base)): not selected (below its section's quota of "
                + "\(selection.sections.first { $0.theme == analyzed.theme.theme }?.quota ?? 0))")
        }
        return lines
    }

    /// The score of a candidate that ranked too low for selection to score it in detail.
    private func candidateBreakdown(_ analyzed: AnalyzedArticle, window: SelectionWindow) -> ScoreBreakdown? {
        guard selection?.candidates.contains(analyzed.id) == true else { return nil }
        return selector.breakdown(for: analyzed, window: window)
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
