@testable import GazetteCore
import Testing

struct TextLinesTests {
    @Test func everyKindOfLineEndEndsALine() {
        let lines = TextLines("一\n二\r\nthree\rfour\r\n\r\nlast")
        #expect(lines.lines == ["一", "二", "three", "four", "", "last"])
        #expect(lines[number: 3] == "three")
    }

    @Test func aFinalLineEndLeavesAnEmptyLastLine() {
        #expect(TextLines("a\r\n").lines == ["a", ""])
        #expect(TextLines("").lines == [""])
        #expect(TextLines("\r").lines == ["", ""])
    }

    @Test func linesKeepMultiByteTextWhole() {
        let lines = TextLines("# 标题 🤖\r\n正文，含 é")
        #expect(lines.text(from: 1, through: 2) == "# 标题 🤖\n正文，含 é")
    }

    @Test func linesInARowAreTheTextBetweenThemWithEveryKindOfLineEndMadeALineFeed() {
        let unix = TextLines("title\n\nfirst\nsecond\n\nthird")
        #expect(!unix.hasCarriageReturns)
        #expect(unix.text(from: 3, through: 6) == "first\nsecond\n\nthird")
        #expect(unix.text(from: 4, through: 4) == "second")
        #expect(unix.text(from: 5, through: 4).isEmpty)
        let windows = TextLines("title\r\n\r\nfirst\rsecond\r\n\r\nthird")
        #expect(windows.hasCarriageReturns)
        #expect(windows.text(from: 3, through: 6) == "first\nsecond\n\nthird")
        #expect(windows.text(from: 1, through: 1) == "title")
    }

    @Test func trimmingStopsAtTheFirstKeptScalar() {
        #expect("\u{3000} 论文地址：\t".trimmed == "论文地址：")
        #expect("-- 代码: ".trimming { $0.isTrimmable || $0 == "-" || $0 == ":" } == "代码")
        #expect(" \n ".trimmed.isEmpty)
    }
}
