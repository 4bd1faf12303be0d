import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

struct SelectionTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private func corpus(_ files: [String: String]) async throws -> (AnalyzedCorpus, TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        for (name, text) in files { try folder.write(text, to: name) }
        let pipeline = Pipeline()
        return (await pipeline.analyze(await pipeline.ingest([folder.path])), folder)
    }

    private func post(_ title: String, date: String?, tags: [String] = [], body: String) -> String {
        "---\ntitle: \(title)\n" + (date.map { "date: \($0)\n" } ?? "") + "tags: [\(tags.joined(separator: ", "))]\n---\n\n" + body
    }

    @Test func isoWeekIsMondayToMondayInTheZone() throws {
        let window = try SelectionWindow.isoWeek("2024-W52", timeZone: shanghai)
        #expect(window.start == Date(timeIntervalSince1970: 1_734_883_200))  // 2024-12-23 00:00 +08:00
        #expect(window.end.timeIntervalSince(window.start) == 7 * 86_400)
        #expect(window.label == "2024-W52")
        #expect(throws: SelectionError.invalidWeek("2024-W60")) { try SelectionWindow.isoWeek("2024-W60", timeZone: shanghai) }
    }

    @Test func scoresAreExplainedAndSumToTheTotal() async throws {
        let (corpus, _) = try await corpus(["a.md": post("论文:新的扩散模型方法", date: "2024-12-20", tags: ["扩散模型"],
                                                      body: "研究团队提出了新的方法,论文见 https://arxiv.org/abs/1。")])
        var configuration = Selector.Configuration(interests: ["扩散模型": 2])
        configuration.halfLifeDays = 7
        let window = try SelectionWindow.isoWeek("2024-W52", timeZone: shanghai)
        let wide = SelectionWindow.published(since: Date(timeIntervalSince1970: 0), until: window.end, label: "wide")
        let selection = try Selector(configuration: configuration).select(corpus, window: wide)
        let item = try #require(selection.sections.first?.items.first)
        let terms = Dictionary(uniqueKeysWithValues: item.breakdown.terms.map { ($0.name, $0) })
        #expect(terms["interest"]?.value == 2)
        let recency = try #require(terms["recency"]?.value)
        #expect(abs(recency - pow(0.5, (window.end.timeIntervalSince1970 - 1_734_652_800) / 86_400 / 7)) < 0.001)
        #expect(abs(item.breakdown.total - item.breakdown.terms.map(\.contribution).reduce(0, +)) < 1e-9)
    }

    @Test func quotasCapSectionsAndDiversityKeepsOneStoryFromFillingThem() async throws {
        // Given three differently written articles on one story (newest first) and an older, different one
        let files = [
            "a.md": post("OpenAI 发布 GPT 新产品", date: "2024-12-24",
                         body: "OpenAI 今天发布 GPT 新产品,GPT 产品上线后用户可以免费体验 GPT 的新功能。"),
            "b.md": post("GPT 新产品体验", date: "2024-12-23",
                         body: "我们第一时间体验了 OpenAI 的 GPT 新产品,发布会上展示的 GPT 功能确实好用。"),
            "c.md": post("OpenAI GPT 产品评测", date: "2024-12-22",
                         body: "这次 OpenAI 发布的 GPT 产品有哪些新功能?我们用 GPT 做了一次完整评测。"),
            "d.md": post("钉钉上线企业搜索工具", date: "2024-12-20",
                         body: "钉钉上线了企业搜索功能,企业客户可以免费试用这个新工具,提升办公效率。"),
        ]
        let (corpus, _) = try await corpus(files)
        let window = SelectionWindow.published(since: Date(timeIntervalSince1970: 0),
                                               until: Date(timeIntervalSince1970: 1_735_100_000), label: "all")

        // When two products are picked without diversity, and then with it
        let plain = try Selector(configuration: .init(diversity: 0, quotas: ["products": 2])).select(corpus, window: window)
        let diverse = try Selector(configuration: .init(diversity: 1, quotas: ["products": 2])).select(corpus, window: window)

        // Then the quota holds, and diversity lets the different story in, with its penalty recorded
        let plainTitles = try #require(plain.sections.first { $0.theme == .products }).items.map(\.article.article.title)
        let diverseSection = try #require(diverse.sections.first { $0.theme == .products })
        #expect(plainTitles == ["OpenAI 发布 GPT 新产品", "GPT 新产品体验"])
        #expect(diverseSection.candidateCount == 4)
        #expect(diverseSection.items.map(\.article.article.title) == ["OpenAI 发布 GPT 新产品", "钉钉上线企业搜索工具"])
        #expect(diverse.scores.values.contains { ($0.diversityPenalty?.contribution ?? 0) < 0 })
    }

    @Test(arguments: [(UndatedPolicy.exclude, 1), (.include, 2), (.useCollected, 1)])
    func undatedArticlesFollowThePolicy(policy: UndatedPolicy, expected: Int) async throws {
        let (corpus, _) = try await corpus(["dated.md": post("有日期的文章", date: "2024-12-24", body: "正文内容。"),
                                            "undated.md": post("没有日期的文章", date: nil, body: "另一段正文。")])
        let window = try SelectionWindow.isoWeek("2024-W52", timeZone: shanghai)
        let selection = try Selector(configuration: .init(undated: policy)).select(corpus, window: window)
        #expect(selection.candidateCount == expected)
    }

    @Test func emptyInputsGiveClearErrors() async throws {
        let empty = AnalyzedCorpus(articles: [], clusters: [], statistics: CorpusStatistics([]))
        let window = try SelectionWindow.isoWeek("2024-W52", timeZone: shanghai)
        #expect(throws: SelectionError.emptyCorpus) { try Selector().select(empty, window: window) }

        let (corpus, _) = try await corpus(["u.md": post("没有日期", date: nil, body: "正文。")])
        #expect(throws: SelectionError.nothingInWindow(window: "2024-W52", articleCount: 1, undated: 1)) {
            try Selector(configuration: .init(undated: .exclude)).select(corpus, window: window)
        }
    }

    @Test func themesWithoutArticlesAreReportedNotRendered() async throws {
        let (corpus, _) = try await corpus(["p.md": post("新产品发布上线", date: "2024-12-24", body: "产品今天上线,用户可以免费体验。")])
        let window = try SelectionWindow.isoWeek("2024-W52", timeZone: shanghai)
        let selection = try Selector().select(corpus, window: window)
        #expect(selection.sections.map(\.theme) == [.products])
        #expect(selection.emptyThemes == [.research, .people])
        #expect(selection.notes.contains("no research articles in this window; the section is left out"))
        #expect(selection.sections.allSatisfy { !$0.items.isEmpty })
    }

    @Test func sameInputGivesTheSameOrder() async throws {
        let pipeline = Pipeline()
        let first = await pipeline.analyze(await pipeline.ingest([Fixtures.seeds.path]))
        let second = await pipeline.analyze(await pipeline.ingest([Fixtures.seeds.path]))
        let window = try pipeline.window(for: .latest, now: Date())
        let a = try pipeline.select(first, window: window).sections.map { $0.items.map(\.article.id) }
        let b = try pipeline.select(second, window: window).sections.map { $0.items.map(\.article.id) }
        #expect(a == b)
        #expect(a.count == 4, "research, products, people and other on the seeds")
    }
}
