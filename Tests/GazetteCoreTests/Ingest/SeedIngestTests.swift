import Foundation
import GazetteCore
import GazetteTesting
import Testing

/// The three seed documents, ingested as a user's first run would.
@Suite struct SeedIngestTests {
    let result: IngestResult

    init() async {
        result = await Ingestor().ingest([Fixtures.seeds.path])
    }

    private func article(titled title: String) throws -> Article {
        try #require(result.articles.first { $0.title == title }, "no article titled \(title)")
    }

    @Test func readsTwentyThreeArticlesFromTheThreeSeeds() {
        #expect(result.articles.count == 23)
        #expect(result.skippedPaths.isEmpty)
        let perFile = Dictionary(grouping: result.articles, by: { URL(fileURLWithPath: $0.origin.path).lastPathComponent.prefix(3) })
            .mapValues(\.count)
        #expect(perFile == ["000": 1, "001": 21, "002": 1])
    }

    @Test func frontMatterSeedKeepsItsMetadata() throws {
        let article = try #require(result.articles.first { $0.origin.path.contains("000_") })
        #expect(article.published?.description == "2024-12-05")
        #expect(article.publishedProvenance == .metadata)
        #expect(article.tags == ["Google DeepMind", "NeurIPS 2024", "AI智能体", "3D生成", "大语言模型"])
        #expect(article.categories == ["AI研究"])
        #expect(article.originalTitle == "Google DeepMind at NeurIPS 2024")
        #expect(article.source?.name == "Google DeepMind")
        #expect(article.url?.absoluteString == "https://deepmind.google/blog/google-deepmind-at-neurips-2024/")
        #expect(article.summary?.hasPrefix("本文介绍了Google DeepMind") == true)
        #expect(article.author == nil, "an empty author is no author")
        #expect(article.language == .chinese)
    }

    @Test func weChatSeedReadsItsHeaderInShanghaiTime() throws {
        let article = try #require(result.articles.first { $0.origin.path.contains("002_") })
        #expect(article.published?.description == "2024-12-23T08:13:00+08:00")
        #expect(article.published?.date == Date(timeIntervalSince1970: 1_734_912_780))
        #expect(article.author == "AI深度研究员")
        #expect(article.place == "上海")
        #expect(article.url?.host == "mp.weixin.qq.com")
        #expect(article.image?.host == "mmbiz.qpic.cn")
        #expect(!article.body.contains("关注公众号"), "the promotional line is not body text")
        #expect(!article.body.hasPrefix("全文"), "the reading-time banner is not body text")
        #expect(article.body.hasPrefix("在 AI 领域的最新一期深度对话中"))
    }

    @Test func compilationArticlesHaveTitlesSubtitlesAndNoDates() throws {
        let leCun = try article(titled: "Yann LeCun离职,要创业?")
        #expect(leCun.published == nil)
        #expect(leCun.publishedProvenance == .none)
        #expect(leCun.subtitle == nil, "a two-character kicker is not a headline")
        #expect(leCun.source?.url?.absoluteString == "https://blog.51cto.com/whaosoft/12815167")
        #expect(try article(titled: "TypeScript").subtitle == "TypeScript超越Python成GitHub上使用最广语言,AI是主要驱动力")
        #expect(try article(titled: "World Labs这样实现「空间智能」").subtitle == nil, "a sentence is body text")
    }

    @Test func compilationPlaceholdersAreSkippedWithTheirLines() {
        let placeholders = result.diagnostics.filter { $0.message.contains("placeholder") }
        #expect(placeholders.map(\.line) == [99, 101])
        #expect(placeholders.allSatisfy { $0.severity == .warning && $0.path.hasSuffix("001_d8792ccbc53f4153.txt") })
        #expect(!result.articles.contains { $0.title == "xxx" })
    }

    @Test func pageBoilerplateIsNotPartOfTheLastArticle() throws {
        let last = try article(titled: "「知识蒸馏」+SFT,可得「推理」否?")
        #expect(!last.body.contains("被折叠"))
        #expect(last.body.hasSuffix("更大规模的强化学习......"))
    }

    @Test func idsAreStableAndUnique() async {
        let again = await Ingestor().ingest([Fixtures.seeds.path])
        #expect(again.articles.map(\.id) == result.articles.map(\.id))
        #expect(Set(result.articles.map(\.id)).count == result.articles.count)
    }

    @Test func readingTimeFitsChineseText() throws {
        let article = try #require(result.articles.first { $0.origin.path.contains("002_") })
        // The export's own banner says about 12,600 characters and 23 minutes.
        #expect((11_000...13_500).contains(article.metrics.cjkCharacters))
        #expect((20...28).contains(article.metrics.readingMinutes))
    }
}
