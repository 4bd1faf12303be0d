import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

struct TokenizerTests {
    @Test(arguments: [
        ("大模型推理", ["大模", "模型", "型推", "推理"]),
        ("我的模型", ["模型"]),
        ("The LLM is GREAT at reasoning", ["llm", "great", "reasoning"]),
        ("OpenAI发布o1-mini模型", ["openai", "发布", "o1mini", "模型"]),
        ("ＧＰＴ４ 模型很强", ["gpt4", "模型"]),
        ("a I x", []),
    ])
    func splitsLatinWordsAndCJKBigrams(text: String, terms: [String]) {
        #expect(Tokenizer().terms(text) == terms)
    }

    @Test func hashesMatchTheSpelledOutTerms() {
        var hashes: [TermHash] = []
        Tokenizer().forEachTerm("DeepSeek 推理模型") { hashes.append($0) }
        let again = Tokenizer().terms("DeepSeek 推理模型").map { term -> TermHash in
            var hash: TermHash = 0
            Tokenizer().forEachTerm(term) { hash = $0 }
            return hash
        }
        #expect(hashes == again)
        #expect(hashes.count == 4)
    }

    /// The hashes analysis counts (one loop over UTF-8 bytes) are the spelled-out terms' hashes, for every script the
    /// tokenizer treats apart, at every limit.
    @Test func hashedTermsAreTheSpelledTermsHashed() throws {
        let pieces = ["Deep", "seek", "GPT", "o1", "-", "mini", " ", ", ", ".", "3.5", "the", "and", "模型", "的", "了",
                      "推理", "是", "发布", "カタカナ", "한국어", "ＧＰＴ４", "Ｘ", "café", "Über", "naïve", "Ωmega", "e\u{301}",
                      "😀", "𠀀𠀁", "、", "：", "\n", "\t", "A", "z", "9", "Ǆ", "ß", "\u{FEFF}"]
        var numbers = SeededNumbers(seed: 7)
        var texts = (0..<2_000).map { _ in
            (0..<numbers.next(30)).map { _ in pieces[numbers.next(pieces.count)] }.joined()
        }
        for seed in try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path) {
            let data = try Data(contentsOf: Fixtures.seeds.appendingPathComponent(seed))
            texts.append(String(decoding: data, as: UTF8.self))
        }
        let tokenizer = Tokenizer()
        for text in texts {
            for limit in [Int.max, 0, 1, 7, 40] {
                var hashed: [TermHash] = []
                tokenizer.forEachTerm(text, limit: limit) { hashed.append($0) }
                let lead = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
                #expect(hashed == tokenizer.terms(lead).map(TermHashing.hash), "\(text.prefix(80)) limit \(limit)")
            }
        }
    }
}
