import Foundation

/// Picks a section's items by maximal marginal relevance: each next item is the one whose score, minus
/// `weight ×` its highest keyword similarity to the items already picked, is largest. One story cannot fill a section.
struct Diversifier {
    let weight: Double

    /// An article to pick from: its score before the penalty, and its keyword vector.
    struct Candidate {
        var article: AnalyzedArticle
        var breakdown: ScoreBreakdown
        var keywords: KeywordVector
    }

    /// An item as picked, with its diversity penalty recorded in the breakdown.
    struct Pick {
        var article: AnalyzedArticle
        var breakdown: ScoreBreakdown
        var keywords: KeywordVector
    }

    func pick(_ candidates: [Candidate], count: Int) -> [Pick] {
        var remaining = candidates.sorted { lhs, rhs in
            lhs.breakdown.base != rhs.breakdown.base ? lhs.breakdown.base > rhs.breakdown.base
                : lhs.article.id < rhs.article.id
        }
        var picked: [Pick] = []
        while picked.count < count, !remaining.isEmpty {
            var bestIndex = 0
            var bestScore = -Double.infinity
            var bestPenalty: (Double, ArticleID?) = (0, nil)
            for (index, candidate) in remaining.enumerated() {
                let penalty = similarity(of: candidate.keywords, to: picked)
                let score = candidate.breakdown.base - weight * penalty.0
                if score > bestScore + 1e-12 {
                    (bestIndex, bestScore, bestPenalty) = (index, score, penalty)
                }
            }
            let chosen = remaining.remove(at: bestIndex)
            var recorded = chosen.breakdown
            recorded.diversityPenalty = ScoreBreakdown.Term(
                name: "diversity", value: (bestPenalty.0 * 10_000).rounded() / 10_000, weight: -weight,
                contribution: -((weight * bestPenalty.0) * 10_000).rounded() / 10_000,
                detail: bestPenalty.1.map { "keyword similarity \(String(format: "%.2f", bestPenalty.0)) to \($0)" }
                    ?? "first pick of its section")
            picked.append(Pick(article: chosen.article, breakdown: recorded, keywords: chosen.keywords))
        }
        return picked
    }

    /// The highest cosine similarity to an already picked item, and that item.
    private func similarity(of keywords: KeywordVector, to picked: [Pick]) -> (Double, ArticleID?) {
        var best: (Double, ArticleID?) = (0, nil)
        for pick in picked {
            let value = keywords.cosine(pick.keywords)
            if value > best.0 { best = (value, pick.article.id) }
        }
        return best
    }
}
