import Foundation
@testable import GazetteCore
import Testing

/// The classifier's reasons name each matching signal, as `explain` prints them.
struct ThemeClassifierTests {
    @Test func reasonsNameEverySignalWithItsCount() throws {
        // Given a theme with a title word, two text words, a tag, a source and a link kind
        let definition = ThemeDefinition(theme: .research, keywords: ["模型": 1, "agent": 0.5], titleKeywords: ["论文": 2],
                                         tags: ["强化学习": 1], sources: ["机器之心": 1], linkRoles: [.paper: 0.5])
        let classifier = ThemeClassifier(configuration: .init(definitions: [definition]))
        let paper = ArticleLink(url: try #require(URL(string: "https://arxiv.org/abs/1")), text: "论文", role: .paper)
        let body = Array(repeating: "模型很强。", count: 9).joined() + " agent agent"
        let article = Article(id: ArticleID(rawValue: "a"), title: "一篇论文", source: Source(name: "机器之心"),
                              collected: Date(timeIntervalSince1970: 0), language: .chinese, body: body,
                              links: [paper, paper], origin: ArticleOrigin(path: "a", index: 1, line: 1),
                              metrics: TextMetrics(characters: 0, words: 0, cjkCharacters: 0, readingMinutes: 1))
        let terms = DocumentTerms(article: article, bodyLimit: 1500)
        let tag = ArticleTag(name: "强化学习", score: 0.5, origin: .inferred)
        // When it is classified
        let assignment = classifier.classify(article, terms: terms, tags: [tag])
        // Then every signal is named, with counts past the precomputed ones (9) and the link count
        let score = try #require(assignment.scores.first)
        let signals = Set(score.reasons.map(\.signal))
        #expect(signals == ["title: 论文", "text: 模型 ×9", "text: agent ×2", "tag: 强化学习", "source: 机器之心",
                            "link: paper ×2"])
        let weights = Dictionary(uniqueKeysWithValues: score.reasons.map { ($0.signal, $0.weight) })
        #expect(weights["text: 模型 ×9"] == TagInferrer.rounded(1 + log(9)))
        #expect(weights["link: paper ×2"] == 1)
        #expect(weights["tag: 强化学习"] == 0.5)
    }
}
