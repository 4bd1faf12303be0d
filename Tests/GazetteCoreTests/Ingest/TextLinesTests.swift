@testable import GazetteCore
import Testing

struct TextLinesTests {
    @Test func everyKindOfLineEndEndsALine() {
        let lines = TextLines("一\n二\r\nthree\rfour\r\n\r\nlast")
        #expect(Array(lines.lines) == ["一", "二", "three", "four", "", "last"])
        #expect(lines[number: 3] == "three")
    }

    @Test func aFinalLineEndLeavesAnEmptyLastLine() {
        #expect(Array(TextLines("a\r\n").lines) == ["a", ""])
        #expect(Array(TextLines("").lines) == [""])
        #expect(Array(TextLines("\r").lines) == ["", ""])
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

    /// `trimmed` returns text as it is when the lead bytes of its first and last scalars show no white space; it must
    /// agree with the scalar walk for every end, white space or not.
    @Test func trimmedAgreesWithTheScalarWalkAtEveryKindOfEnd() {
        let ends = ["a", "字", "\u{3000}", "\u{00A0}", "\u{0085}", "\u{FEFF}", "\u{2009}", "\u{1680}", "é", "😀", "\t", "\n",
                    " ", "\u{FF01}", "\u{1E00}", "\u{2014}", "\u{E000}"]
        for first in ends {
            for last in ends {
                for text in [first + "中 text" + last, first + last, first] {
                    #expect(text.trimmed == text.trimming { $0.isTrimmable }, "\(text.unicodeScalars.map(\.value))")
                    let inside = Substring("x" + text + "x").dropFirst().dropLast()
                    #expect(inside.trimmed == inside.trimming { $0.isTrimmable })
                }
            }
        }
    }
}
