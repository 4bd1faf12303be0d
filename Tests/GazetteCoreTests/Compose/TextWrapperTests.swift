import GazetteCore
import Testing

struct TextWrapperTests {
    @Test func wrapsByDisplayWidthAndKeepsPunctuationOffLineStarts() {
        let text = String(repeating: "大模型推理能力，", count: 12)
        let lines = TextWrapper(width: 20).wrap(text)
        #expect(lines.allSatisfy { $0.displayWidth <= 20 })
        #expect(lines.allSatisfy { !$0.hasPrefix("，") })
        #expect(lines.joined() == text)
    }

    @Test func breaksEnglishAtSpacesWithIndent() {
        let lines = TextWrapper(width: 24).wrap("The quick brown fox jumps over the lazy dog again", indent: "   ")
        #expect(lines == ["   The quick brown fox", "   jumps over the lazy", "   dog again"])
    }
}
