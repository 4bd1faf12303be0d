import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// Analysis of the seeds, as `gazette rank` and `explain` see it.
@Suite struct SeedAnalysisTests {
    let corpus: AnalyzedCorpus

    init() async {
        let pipeline = Pipeline()
        corpus = await pipeline.analyze(await pipeline.ingest([Fixtures.seeds.path]))
    }

    private func article(_ titlePrefix: String) throws -> AnalyzedArticle {
        try #require(corpus.articles.first { $0.article.title.hasPrefix(titlePrefix) }, "no \(titlePrefix)")
    }

    @Test(arguments: [
        ("OpenAI很会营销", Theme.products),      // the 灵感岛 marketing article
        ("视觉思考模型k1", .products),            // the Kimi k1 hands-on
        ("Yann LeCun离职", .people),
        ("与谷歌Gemini核心负责人对话", .people),  // the Oriol Vinyals interview
        ("UnrealZoo", .research),
        ("DuMo", .research),
    ])
    func classifiesTheSeedsLikeAnEditor(title: String, theme: Theme) throws {
        let analyzed = try article(title)
        #expect(analyzed.theme.theme == theme, "\(analyzed.theme.scores)")
        #expect(analyzed.theme.confidence >= ThemeClassifier.Configuration().confidenceThreshold)
        let evidence = corpus.themeEvidence(of: analyzed)
        #expect(evidence.first?.reasons.isEmpty == false)
        #expect(evidence.map(\.score) == analyzed.theme.scores.map(\.score))
    }

    @Test func explicitTagsAreKeptAndNotInferred() throws {
        let deepMind = try article("Google DeepMind亮相")
        #expect(deepMind.tags.map(\.name) == ["Google DeepMind", "NeurIPS 2024", "AI智能体", "3D生成", "大语言模型"])
        #expect(deepMind.tags.allSatisfy { $0.origin == .explicit && $0.score == 1 })
    }

    @Test func untaggedArticlesGetScoredInferredTags() throws {
        let leCun = try article("Yann LeCun离职")
        #expect(leCun.tags.contains { $0.name == "Yann LeCun" })
        let interview = try article("与谷歌Gemini核心负责人对话")
        #expect(interview.tags.contains { $0.name == "大语言模型" && $0.evidence == "语言模型" })
        for analyzed in corpus.articles where analyzed.article.tags.isEmpty {
            #expect(analyzed.tags.allSatisfy { $0.origin == .inferred && $0.score >= 2 })
            #expect(analyzed.tags.count <= 5)
        }
    }

    @Test func frontMatterSummaryWinsAndOthersAreExtractedWholeSentences() throws {
        let deepMind = try article("Google DeepMind亮相")
        #expect(corpus.summary(of: deepMind).origin == .source)
        for analyzed in corpus.articles {
            let summary = corpus.summary(of: analyzed)
            guard summary.origin == .extracted else { continue }
            let chosen = summary.sentences.filter(\.isChosen)
            #expect((1...3).contains(chosen.count))
            #expect(chosen.allSatisfy { $0.excludedBecause == nil })
            #expect(!summary.text.contains("关注公众号"))
            #expect(!summary.text.contains("http"))
        }
        let interview = corpus.summary(of: try article("与谷歌Gemini核心负责人对话"))
        #expect(interview.text.hasPrefix("在 AI 领域的最新一期深度对话中"))
        #expect(interview.text.hasSuffix("。"))
    }

    @Test func seedsHaveNoNearDuplicates() {
        #expect(corpus.clusters.isEmpty)
    }

    @Test func keywordVectorsAreTheHeaviestTermsExplainShows() throws {
        // Given the keywords `explain` spells out for each seed (every term, weighed the same way)
        for analyzed in corpus.articles {
            let spelled = Analyzer().keywords(of: analyzed.article, statistics: corpus.statistics, limit: .max)
            // When selection asks for the article's keyword vector
            let vector = corpus.keywordVector(of: analyzed).weights
            // Then it holds 20 terms (or all there are), none lighter than a term left out
            #expect(vector.count == min(20, spelled.count))
            let lightest = try #require(vector.values.min())
            let heaviestLeftOut = spelled.filter { vector[TermHashing.hash($0.term)] == nil }.map(\.weight).max() ?? 0
            #expect(heaviestLeftOut <= TagInferrer.rounded(lightest) + 0.005)
            // and each weight is the term's TF-IDF
            for keyword in spelled where vector[TermHashing.hash(keyword.term)] != nil {
                let weight = try #require(vector[TermHashing.hash(keyword.term)])
                #expect(abs(TagInferrer.rounded(weight) - keyword.weight) < 1e-9, "\(keyword.term)")
            }
        }
    }
}
