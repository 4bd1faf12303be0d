@testable import GazetteCore
import Testing

struct TextStatisticsTests {
    @Test(arguments: [
        ("大模型的推理能力正在快速提升", Language.chinese),
        ("Large language models are getting better at reasoning", .english),
        ("Google DeepMind 发布了新的 Gemini 模型，推理能力大幅提升", .chinese),
        ("大規模言語モデルは、ますます賢くなっています", .japanese),
        ("대규모 언어 모델이 더 똑똑해지고 있습니다", .korean),
        ("42", .undetermined),
    ])
    func tellsTheLanguageFromTheScript(text: String, language: Language) {
        #expect(TextStatistics(text).language == language)
    }

    @Test func countsCJKCharactersAsWords() {
        let statistics = TextStatistics("OpenAI 发布 o1-mini 模型")
        #expect(statistics.cjkCharacters == 4)
        #expect(statistics.latinWords == 2)
        #expect(statistics.metrics(readingSpeed: .init()).words == 6)
    }

    @Test func readingTimeAddsBothScripts() {
        let text = String(repeating: "字", count: 1_000) + String(repeating: " word", count: 460)
        let metrics = TextStatistics(text).metrics(readingSpeed: .init(cjkCharactersPerMinute: 500, wordsPerMinute: 230))
        #expect(metrics.readingMinutes == 4)
    }

    @Test(arguments: [
        ["OpenAI o1", "发布 o1-mini", "mini 模型\n\nword"],
        ["word", "", "word"],
        ["末尾", "", ""],
    ])
    func countingPartsEqualsCountingThemJoined(parts: [String]) {
        #expect(TextStatistics(parts: parts) == TextStatistics(parts.joined(separator: "\n")))
    }
}
