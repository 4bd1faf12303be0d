import Foundation
@testable import GazetteCore
import Testing

/// Document frequencies counted on every core, chunk by chunk with a reused tally, are the plain counts; the terms
/// kept per article are the counts analysis asks about.
struct CorpusStatisticsTests {
    static let words = ["模型", "发布", "智能体", "研究", "团队", "开源", "model", "agent", "release", "benchmark",
                        "reasoning", "DeepMind", "Gemini", "论文", "代码", "推理", "视频", "生成"]

    /// 500 articles of a few words each (a few hundred distinct terms), deterministic.
    static let articles: [Article] = {
        var numbers = SeededNumbers(seed: 42)
        return (0..<500).map { index in
            let body = (0..<(3 + numbers.next(40))).map { _ in
                numbers.next(2) == 0 ? words[numbers.next(words.count)] : "term\(numbers.next(400))"
            }.joined(separator: " ")
            let article = Article(id: ArticleID(rawValue: "a\(index)"), title: words[numbers.next(words.count)],
                                  collected: Date(timeIntervalSince1970: 0), language: .chinese, body: body,
                                  origin: ArticleOrigin(path: "a\(index)", index: 1, line: 1),
                                  metrics: TextMetrics(characters: 0, words: 0, cjkCharacters: 0, readingMinutes: 1))
            return article
        }
    }()

    /// Each article's terms, every one counted.
    static let documents = articles.map { DocumentTerms(article: $0, bodyLimit: 1500) }

    @Test func countedOnEveryCoreTheyAreTheDictionaryCounts() async {
        var expected: [TermHash: Int] = [:]
        for document in Self.documents {
            for (term, _) in document.counts { expected[term, default: 0] += 1 }
        }
        #expect(expected.count > 300)
        let counted = await DocumentTerms.counting(Self.articles, bodyLimit: 1500, keeping: TermCounts()).statistics
        let serial = CorpusStatistics(Self.documents)
        #expect(counted.documentCount == 500)
        #expect(serial.documentCount == 500)
        for (term, frequency) in expected {
            #expect(counted.documentFrequency(of: term) == frequency)
            #expect(serial.documentFrequency(of: term) == frequency)
            #expect(counted.idf(term) == log(501 / (Double(frequency) + 1)) + 1)
        }
        #expect(counted.documentFrequency(of: TermHashing.hash("absent")) == 0)
    }

    @Test func aCorpusKeepsTheWatchedAndTitleTermsOfEachArticle() async {
        // Given three watched words, one of them also a title
        var watched = TermCounts()
        for word in ["agent", "论文", "研究"] { watched.add(TermHashing.hash(word)) }
        // When the corpus is counted
        let kept = await DocumentTerms.counting(Self.articles, bodyLimit: 1500, keeping: watched).terms
        // Then each article keeps exactly its watched and title terms, with every term's full count
        #expect(kept.count == Self.documents.count)
        for (corpus, full) in zip(kept, Self.documents) {
            var expected: [TermHash: Int32] = [:]
            for (term, count) in full.counts where watched.contains(term) || full.titleTerms.contains(term) {
                expected[term] = count
            }
            #expect(Dictionary(uniqueKeysWithValues: corpus.counts.map { ($0.term, $0.count) }) == expected)
            #expect(Array(corpus.titleTerms).map(\.term).sorted() == Array(full.titleTerms).map(\.term).sorted())
        }
        // and forgets the rest
        #expect(zip(kept, Self.documents).allSatisfy { $0.counts.count < $1.counts.count })
    }
}
