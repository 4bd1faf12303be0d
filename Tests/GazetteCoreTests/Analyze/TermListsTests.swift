import Foundation
@testable import GazetteCore
import Testing

/// Flat term lists match an article as a loop over each list's terms would.
struct TermListsTests {
    @Test func matchesListsWhoseEveryTermOccursWithTheSmallestCount() {
        let article = Article(id: ArticleID(rawValue: "a"), title: "模型发布", collected: Date(timeIntervalSince1970: 0),
                              language: .chinese, body: "agent agent agent model 开源 开源",
                              origin: ArticleOrigin(path: "a", index: 1, line: 1),
                              metrics: TextMetrics(characters: 0, words: 0, cjkCharacters: 0, readingMinutes: 1))
        let document = DocumentTerms(article: article, bodyLimit: 1500)
        let hash = TermHashing.hash
        let lists: [[TermHash]] = [
            [hash("agent")],                   // 3 times
            [],                                // never matches occurrences, always lies within a set
            [hash("agent"), hash("model")],    // the smaller count: 1
            [hash("model"), hash("absent")],   // one term missing
            [hash("开源")],                     // 2 times
        ]
        var matched: [[Int]] = []
        TermLists(lists).forEachMatch(in: document) { matched.append([$0, $1]) }
        #expect(matched == [[0, 3], [2, 1], [4, 2]])
        var within: [Int] = []
        TermLists(lists).forEachList(within: document.titleTerms) { within.append($0) }
        #expect(within == [1])
        var titles: [Int] = []
        TermLists([[hash("模型"), hash("发布")], [hash("模型"), hash("agent")]])
            .forEachList(within: document.titleTerms) { titles.append($0) }
        #expect(titles == [0])
        #expect(TermLists(lists).count == 5)
    }
}
