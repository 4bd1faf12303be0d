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
        let utf8 = Array(parts[parts.count - 1].utf8)
        #expect(TextStatistics(parts: parts.dropLast(), followedBy: utf8) == TextStatistics(parts: parts),
                "the last part counted from its bytes (a Markdown document's plain text)")
    }

    /// The counting rule, written plainly over `unicodeScalars`: what the byte loop must give.
    static func referenceCounts(_ text: String) -> TextStatistics {
        var counts = TextStatistics(parts: [])
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar.isTrimmable {
                inWord = false
                continue
            }
            counts.characters += 1
            let isWordCharacter = scalar.isASCII
                ? scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "'-_".unicodeScalars.contains(scalar)
                : value < 0x2000 && scalar.properties.isAlphabetic
            if TextStatistics.isHan(value) {
                counts.han += 1
                inWord = false
            } else if (0x3040...0x30FF).contains(value) {
                counts.kana += 1
                inWord = false
            } else if (0xAC00...0xD7AF).contains(value) || (0x1100...0x11FF).contains(value) {
                counts.hangul += 1
                inWord = false
            } else if isWordCharacter {
                if scalar.properties.isAlphabetic { counts.latinLetters += 1 }
                if !inWord { counts.latinWords += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return counts
    }

    @Test func countsOverBytesFollowTheRuleForEveryScript() {
        let pieces = ["Deep", "seek", "o1", "-", "_", "'", " ", "\u{3000}", "\t", "\n", ", ", "3.5", "模型", "𠀀", "カナ",
                      "한국", "ᄀ", "café", "Ωmega", "e\u{301}", "😀", "、", "ＧＰＴ", "\u{FEFF}", "\u{A0}", "ß"]
        var numbers = SeededNumbers(seed: 5)
        for _ in 0..<2_000 {
            let text = (0..<numbers.next(25)).map { _ in pieces[numbers.next(pieces.count)] }.joined()
            #expect(TextStatistics(text) == Self.referenceCounts(text), "\(text)")
        }
    }
}
