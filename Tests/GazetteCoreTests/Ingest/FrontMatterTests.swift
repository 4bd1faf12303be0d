@testable import GazetteCore
import Testing

struct FrontMatterTests {
    /// A tag list written as one string is split at its commas by bytes when that must agree with splitting its
    /// `Character`s; any text where a scalar could join a comma into a longer character is split by `Character`s.
    @Test func commaStringsSplitAsCharactersDo() {
        let pieces = ["强化学习", "数据集", "AI", "NeurIPS 2024", ",", "，", "、", " ", "，\u{301}", "\u{301}", "カナ", "é",
                      "ｘ", "\u{3000}", "😀", "\r\n", "\u{200D}", "\u{FF9E}", "a,b", "", "、、", "㐀", "丶"]
        var numbers = SeededNumbers(seed: 21)
        for _ in 0..<3_000 {
            let text = (0..<numbers.next(8)).map { _ in pieces[numbers.next(pieces.count)] }.joined()
            let expected = text.split(whereSeparator: { ",，、".contains($0) })
            #expect(FrontMatter.items(of: text) == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func aCommaStringBecomesTrimmedItems() {
        let matter = FrontMatter(fields: ["tags": FrontMatter.Field(value: .text("强化学习， 数据集,AI 、"), line: 3)])
        #expect(matter.list("tags") == ["强化学习", "数据集", "AI"])
    }
}
