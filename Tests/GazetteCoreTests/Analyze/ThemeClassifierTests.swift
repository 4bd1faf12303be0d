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
        let evidence = classifier.evidence(for: article, terms: terms, tags: [tag])
        // Then every signal is named, with counts past the precomputed ones (9) and the link count
        let score = try #require(evidence.first)
        let signals = Set(score.reasons.map(\.signal))
        #expect(signals == ["title: 论文", "text: 模型 ×9", "text: agent ×2", "tag: 强化学习", "source: 机器之心",
                            "link: paper ×2"])
        let weights = Dictionary(uniqueKeysWithValues: score.reasons.map { ($0.signal, $0.weight) })
        #expect(weights["text: 模型 ×9"] == TagInferrer.rounded(1 + log(9)))
        #expect(weights["link: paper ×2"] == 1)
        #expect(weights["tag: 强化学习"] == 0.5)
    }

    /// Analysis adds up each theme's weights without writing the reasons; `explain` writes them. The two must give
    /// the same scores in the same order, for articles that show many signals at once (ties in weight included).
    @Test func scoresWithoutReasonsEqualTheExplainedScores() throws {
        var definitions = ThemeDefinition.defaults
        definitions[0].sources = ["机器之心": 1, "量子位": 0.5]  // the defaults weigh no source
        let classifier = ThemeClassifier(configuration: .init(definitions: definitions))
        let words = definitions.flatMap { Array($0.keywords.keys) + Array($0.titleKeywords.keys) }.sorted()
        let tagNames = definitions.flatMap { Array($0.tags.keys) }.sorted()
        let sources = definitions.flatMap { Array($0.sources.keys) }.sorted()
        let paper = ArticleLink(url: try #require(URL(string: "https://arxiv.org/abs/1")), text: "p", role: .paper)
        let code = ArticleLink(url: try #require(URL(string: "https://github.com/a/b")), text: "c", role: .code)
        var generator = SystemRandomNumberGenerator()
        func pick<T>(_ items: [T], _ count: Int) -> [T] {
            items.isEmpty ? [] : (0..<count).map { _ in items[Int.random(in: 0..<items.count, using: &generator)] }
        }
        var signalsSeen = 0
        for index in 0..<500 {
            let title = pick(words, Int.random(in: 0...3, using: &generator)).joined(separator: " ")
                + (index.isMultiple(of: 3) ? " 专访OpenAI科学家张三" : "")
            let body = pick(words, Int.random(in: 0...40, using: &generator)).joined(separator: "，")
            let article = Article(id: ArticleID(rawValue: "a\(index)"), title: title,
                                  source: pick(sources, index % 2).first.map { Source(name: $0) },
                                  collected: Date(timeIntervalSince1970: 0), language: .chinese, body: body,
                                  links: pick([paper, code], Int.random(in: 0...5, using: &generator)),
                                  origin: ArticleOrigin(path: "a", index: index, line: 1),
                                  metrics: TextMetrics(characters: 0, words: 0, cjkCharacters: 0, readingMinutes: 1))
            let tags = pick(tagNames, Int.random(in: 0...4, using: &generator)).map {
                ArticleTag(name: $0, score: Double.random(in: 0...1.5, using: &generator), origin: .inferred)
            }
            let terms = DocumentTerms(article: article, bodyLimit: 1500)
            let assignment = classifier.classify(article, terms: terms, tags: tags)
            let evidence = classifier.evidence(for: article, terms: terms, tags: tags)
            #expect(assignment.scores.map(\.theme) == evidence.map(\.theme), "\(title) / \(body)")
            #expect(assignment.scores.map(\.score) == evidence.map(\.score), "\(title) / \(body)")
            signalsSeen += evidence.map(\.reasons.count).reduce(0, +)
        }
        #expect(signalsSeen > 500 * 4)  // the articles did show many signals
    }
}
