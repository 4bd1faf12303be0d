import GazetteCore
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
}
