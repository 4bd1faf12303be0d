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
}
