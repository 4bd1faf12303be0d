import GazetteCore
import Testing

struct DisplayWidthTests {
    @Test(arguments: [("abc", 3), ("大模型", 6), ("AI智能体", 8), ("，。", 4), ("e\u{301}", 1), ("🌟", 2)])
    func countsWideCharactersAsTwoColumns(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test func truncatesAndPadsByColumns() {
        #expect("大模型推理".truncated(toDisplayWidth: 7) == "大模型…")
        #expect("大模型".padded(toDisplayWidth: 8) == "大模型  ")
        #expect("short".truncated(toDisplayWidth: 10) == "short")
    }
}
