import Foundation
@testable import GazetteCore
import Testing

/// Explicit tags fold through the vocabulary's aliases, once per name, in the order the article gives them.
struct TagInferrerTests {
    private func article(_ id: String, tags: [String]) -> Article {
        Article(id: ArticleID(rawValue: id), title: id, collected: Date(timeIntervalSince1970: 0),
                language: .english, tags: tags, body: "", origin: ArticleOrigin(path: id, index: 1, line: 1),
                metrics: TextMetrics(characters: 0, words: 0, cjkCharacters: 0, readingMinutes: 1))
    }

    @Test func explicitTagsFoldThroughAliasesOnce() {
        // Given articles whose tags spell one name four ways (alias, case, full width, spaces) and another name
        let tagged = article("a", tags: ["LLM", "强化学习", "大模型", "ＬＬＭ", "  llm ", "RL"])
        let inferrer = TagInferrer(configuration: .init(), articles: [tagged, article("b", tags: ["Agents"])])
        // When they are tagged, each canonical name comes once, in first-seen order, as an explicit tag
        let tags = inferrer.tags(for: tagged, terms: DocumentTerms(article: tagged, bodyLimit: 100),
                                 statistics: CorpusStatistics([]))
        #expect(tags.map(\.name) == ["大语言模型", "强化学习"])
        #expect(tags.allSatisfy { $0.origin == .explicit && $0.score == 1 })
    }

    @Test func tagsTheCorpusDidNotCarryFoldTheSameWay() {
        // Given an inferrer built from one corpus, and an article (say, one `explain` reads) with other tags
        let inferrer = TagInferrer(configuration: .init(), articles: [article("a", tags: ["LLM"])])
        let stranger = article("b", tags: ["Ｒｅｉｎｆｏｒｃｅｍｅｎｔ  Learning", "NeurIPS 2024", "大模型", "neurips 2024"])
        // Then its tags fold as the vocabulary folds them
        let tags = inferrer.tags(for: stranger, terms: DocumentTerms(article: stranger, bodyLimit: 100),
                                 statistics: CorpusStatistics([]))
        let vocabulary = inferrer.vocabulary
        var expected: [String] = []
        for tag in stranger.tags where !expected.contains(vocabulary.canonical(tag)) {
            expected.append(vocabulary.canonical(tag))
        }
        #expect(tags.map(\.name) == expected)
        #expect(tags.map(\.name) == ["强化学习", "NeurIPS 2024", "大语言模型", "neurips 2024"])
    }
}
