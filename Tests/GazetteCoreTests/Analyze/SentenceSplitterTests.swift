import GazetteCore
import Testing

struct SentenceSplitterTests {
    @Test(arguments: [
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("OpenAI 发布了 o1,效果很好!然后呢?", ["OpenAI 发布了 o1,效果很好!", "然后呢?"]),
        ("他说：「好的。」然后走了。", ["他说：「好的。」", "然后走了。"]),
        ("The score rose to 3.5 points. Then it fell.", ["The score rose to 3.5 points.", "Then it fell."]),
        ("See https://arxiv.org/abs/2412.01234 for details. Next.", ["See https://arxiv.org/abs/2412.01234 for details.", "Next."]),
        ("Models, e.g. GPT-4, work. Dr. Smith agrees.", ["Models, e.g. GPT-4, work.", "Dr. Smith agrees."]),
        ("等等……然后；最后。", ["等等……", "然后；", "最后。"]),
    ])
    func splitsAtSentenceEnds(text: String, sentences: [String]) {
        #expect(SentenceSplitter().sentences(text) == sentences)
    }

    @Test func joinsHardWrappedLinesButNotHeadings() {
        let text = """
            在 AI 领域的最新一期深度对话中,著名播客主持人与 Drastic Research 副总裁 Oriol Vinyals
            展开了一场讨论。
            为什么要搭建 UnrealZoo?
            短标题
            正文从这里开始。
            """
        #expect(SentenceSplitter().sentences(text) == [
            "在 AI 领域的最新一期深度对话中,著名播客主持人与 Drastic Research 副总裁 Oriol Vinyals展开了一场讨论。",
            "为什么要搭建 UnrealZoo?", "短标题", "正文从这里开始。",
        ])
    }
}
