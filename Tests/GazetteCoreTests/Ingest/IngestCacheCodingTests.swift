import Foundation
@testable import GazetteCore
import Testing

/// The ingest cache's byte format gives back exactly what was stored, and refuses bytes it did not write.
struct IngestCacheCodingTests {
    let outcome: CachedOutcome = {
        let published = PublishedDate(date: Date(timeIntervalSince1970: 1_734_912_780.25), precision: .time,
                                      utcOffsetSeconds: 28_800, provenance: .metadata)
        let full = Article(
            id: ArticleID(rawValue: "a1"), title: "标题 🤖", subtitle: "副标题", originalTitle: "Original",
            url: URL(string: "https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=abc"),
            source: Source(name: "机器之心", url: URL(string: "https://www.jiqizhixin.com/")), author: "作者",
            published: published,
            updated: PublishedDate(date: Date(timeIntervalSince1970: 1_735_000_000), precision: .day,
                                   utcOffsetSeconds: -18_000, provenance: .inferred),
            collected: Date(timeIntervalSince1970: 1_735_100_000.125), language: .chinese,
            tags: ["大模型", "AI Agent"], categories: ["研究"], summary: "一句话。", body: "正文\n\n第二段 \"引号\" \\ end",
            image: URL(string: "https://example.com/a.png"), place: "北京",
            links: [ArticleLink(url: URL(string: "https://arxiv.org/abs/2412.00001")!, text: "论文", role: .paper)],
            origin: ArticleOrigin(path: "seeds/002.txt", index: 2, line: 17),
            metrics: TextMetrics(characters: 20, words: 12, cjkCharacters: 10, readingMinutes: 1), isDraft: true)
        let bare = Article(id: ArticleID(rawValue: "a2"), title: "", collected: Date(timeIntervalSince1970: 0),
                           language: .undetermined, body: "",
                           origin: ArticleOrigin(path: "p", index: 1, line: 1),
                           metrics: TextMetrics(characters: 0, words: 0, cjkCharacters: 0, readingMinutes: 1))
        return CachedOutcome(
            report: FileReport(path: "seeds/002.txt", format: .weChatExport, encoding: .gb18030, articleCount: 2,
                               isSkipped: false, size: 4096),
            articles: [full, bare],
            keys: [ExactDeduplicator.Keys(contentDigest: ContentDigest(1, 2, 3, .max),
                                          urlDigest: ContentDigest(hashing: "https://mp.weixin.qq.com/s?x")),
                   ExactDeduplicator.Keys(contentDigest: ContentDigest(0, 0, 0, 0), urlDigest: nil)],
            diagnostics: [Diagnostic(.warning, path: "seeds/002.txt", line: 3, message: "a warning"),
                          Diagnostic(.note, path: "seeds/002.txt", message: "a note")])
    }()

    @Test func everyFieldComesBackAsStored() throws {
        let decoded = try CachedOutcome(decoding: outcome.encoded())
        #expect(decoded.report == outcome.report)
        #expect(decoded.articles == outcome.articles)
        #expect(decoded.keys.map(\.contentDigest) == outcome.keys.map(\.contentDigest))
        #expect(decoded.keys.map(\.urlDigest) == outcome.keys.map(\.urlDigest))
        #expect(decoded.diagnostics == outcome.diagnostics)
    }

    @Test func decodedUnderAnotherPathEveryPathIsThatOneAndNothingElseDiffers() throws {
        let decoded = try CachedOutcome(decoding: outcome.encoded(), shownAs: "moved/here.txt")
        var expected = outcome
        expected.report.path = "moved/here.txt"
        for index in expected.articles.indices { expected.articles[index].origin.path = "moved/here.txt" }
        for index in expected.diagnostics.indices { expected.diagnostics[index].path = "moved/here.txt" }
        #expect(decoded.report == expected.report)
        #expect(decoded.articles == expected.articles)
        #expect(decoded.diagnostics == expected.diagnostics)
    }

    /// Source addresses are stored as text and come back as they were, each article with its own source's.
    @Test func sourceAddressesComeBackAsStored() throws {
        var other = outcome
        other.articles[0].source = Source(name: "量子位", url: URL(string: "https://www.qbitai.com/"))
        other.articles[1].source = Source(name: "无地址")
        for stored in [outcome, other] {
            let decoded = try CachedOutcome(decoding: stored.encoded())
            #expect(decoded.articles == stored.articles)
            #expect(decoded.articles.map(\.source?.address) == stored.articles.map(\.source?.address))
        }
        let decoded = try CachedOutcome(decoding: other.encoded())
        #expect(decoded.articles[0].source?.url == URL(string: "https://www.qbitai.com/"))
        #expect(decoded.articles[1].source?.address == nil)
    }

    @Test func truncatedOrForeignBytesAreRefused() {
        let bytes = outcome.encoded()
        for length in [0, 7, 8, 40, bytes.count / 2, bytes.count - 1] {
            #expect(throws: BinaryReader.Malformed.self) { try CachedOutcome(decoding: bytes.prefix(length)) }
        }
        #expect(throws: BinaryReader.Malformed.self) { try CachedOutcome(decoding: bytes + Data([0])) }
        #expect(throws: BinaryReader.Malformed.self) { try CachedOutcome(decoding: Data("{\"report\": {}}".utf8)) }
    }
}
