@testable import GazetteCore
import Testing

struct TagTidyingTests {
    @Test func tidiesRepeatsSpacesAndCase() {
        #expect(ArticleNormalizer.tidy(["  Google  DeepMind ", "google deepmind", "AI智能体", "", " \u{3000}", "3D生成"])
                == ["Google DeepMind", "AI智能体", "3D生成"])
    }

    /// Labels judged tidy from their bytes must be exactly what folding their white space gives.
    @Test(arguments: ["NeurIPS 2024", "大语言模型", " lead", "trail ", "two  spaces", "tab\there", "line\nbreak",
                      "wide\u{3000}space", "nbsp\u{A0}here", "em\u{2003}space", "nel\u{85}x", "ogham\u{1680}x", "カナ",
                      "café", "a b c", "", " ", "😀 emoji", "x\u{7F}", "全角（括号）", "bom\u{FEFF}x"])
    func byteTestAgreesWithFolding(label: String) {
        let folded = label.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if ArticleNormalizer.hasTidySpacing(label) {
            #expect(folded == label)
        }
        #expect(ArticleNormalizer.tidy([label]) == (folded.isEmpty ? [] : [folded]))
    }
}
