@testable import GazetteCore
import Testing

/// The compilation's heading and separator tests look at a line's first bytes; they must answer as the rules
/// written over `Character`s do, combining marks and wide spaces included.
struct CompilationLineTests {
    static let lines = ["#标题", "# 空格", "##二级", "#", "#\u{3000}全角空格", "#\u{301}x", "##\u{301}", "#x\u{301}",
                        "#\t", "#a", "#5", "正文 #标签", "", "....", "  ....", "。。。。", "……", "…", ". . . .", "...x",
                        "·····", " \u{301}....", "....\u{301}", "     ", ".", "。。。"]

    @Test(arguments: lines)
    func headingTestAgreesWithCharacters(line: String) {
        let expected: Bool = {
            guard line.hasPrefix("#"), let second = line.dropFirst().first else { return false }
            return second != "#" && !second.isWhitespace
        }()
        #expect(CompilationSplitter.isHeading(line[...]) == expected)
    }

    @Test(arguments: lines)
    func separatorTestAgreesWithCharacters(line: String) {
        let dots: Set<Character> = [".", "…", "。"]
        let expected: Bool = {
            guard let first = line.first(where: { $0 != " " }), dots.contains(first) else { return false }
            let trimmed = line.trimmed
            return trimmed.count >= 4 && trimmed.allSatisfy { dots.contains($0) }
        }()
        #expect(CompilationSplitter.isSeparator(line[...]) == expected)
    }

    /// The subtitle test, on trimmed slices and a byte search for `://`: as the rule over a trimmed copy says.
    @Test(arguments: ["OpenAI发布新模型：GPT-5", "  带空格的标题  ", "看 https://x.cn 的链接", "以句号结尾的一句话。", "- 列表项不是标题",
                      "短", "\u{3000}全角空格包住的标题\u{3000}", "ends with a colon:", String(repeating: "长", count: 65),
                      String(repeating: "长", count: 64), "e\u{301}\u{301}\u{301}\u{301}\u{301}x", "a://b标题标题"])
    func headlineTestAgreesWithTheRule(line: String) {
        let text = line.trimmed
        let expected: Bool = {
            guard let first = text.first, let last = text.last, text.utf8.count >= 6 else { return false }
            if "-*+>|!「『\"“#".contains(first) || "。.,，;；:：、…".contains(last) { return false }
            return !text.contains("://") && (6...64).contains(text.count)
        }()
        #expect(CompilationSplitter.readsLikeHeadline(line[...]) == expected)
    }
}
