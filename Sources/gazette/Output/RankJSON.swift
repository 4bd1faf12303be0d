import Foundation
import GazetteCore

/// The ranking for scripts: sections, items, and every score term.
struct RankJSON: Encodable {
    struct Section: Encodable {
        var theme: Theme
        var quota: Int
        var candidateCount: Int
        var items: [Item]
    }

    struct Item: Encodable {
        var rank: Int
        var id: String
        var title: String
        var score: Double
        var terms: [ScoreBreakdown.Term]
        var alsoIn: [String]
    }

    var window: String
    var windowStart: String
    var windowEnd: String
    var candidateCount: Int
    var sections: [Section]
    var emptyThemes: [Theme]
    var notes: [String]

    static func document(_ selection: Selection) throws -> String {
        let document = RankJSON(
            window: selection.window.label,
            windowStart: selection.window.start.formatted(.iso8601),
            windowEnd: selection.window.end.formatted(.iso8601),
            candidateCount: selection.candidateCount,
            sections: selection.sections.map { section in
                Section(theme: section.theme, quota: section.quota, candidateCount: section.candidateCount,
                        items: section.items.map { item in
                            Item(rank: item.rank, id: item.article.id.rawValue, title: item.article.article.title,
                                 score: (item.breakdown.total * 10_000).rounded() / 10_000,
                                 terms: item.breakdown.terms + [item.breakdown.diversityPenalty].compactMap { $0 },
                                 alsoIn: item.alternates.map(\.id.rawValue))
                        })
            },
            emptyThemes: selection.emptyThemes, notes: selection.notes)
        let encoder = ArticleJSON.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
