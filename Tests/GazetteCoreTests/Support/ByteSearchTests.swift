@testable import GazetteCore
import Testing

/// `ByteSearch` finds any of its needles anywhere in a text, byte for byte, and nothing else.
struct ByteSearchTests {
    let promotion = ByteSearch(["关注公众号", "设为星标", "阅读原文"])

    @Test func findsAnyNeedleAnywhereAndNothingElse() {
        let search = ByteSearch(["关注公众号", "http://", "sign up"])
        #expect(search.matches("欢迎关注公众号，了解更多"))
        #expect(search.matches("see http://example.com"))
        #expect(search.matches("please sign up"))
        #expect(!search.matches("关注公众"))  // a needle's prefix is not a match
        #expect(!search.matches("https://example.com"))
        #expect(!search.matches(""))
    }

    @Test func findsEachNeedleAtTheStartInTheMiddleAndAtTheEnd() {
        #expect(promotion.matches("关注公众号，获取更多"))
        #expect(promotion.matches("欢迎设为星标以免错过"))
        #expect(promotion.matches("更多内容请点击阅读原文"))
        #expect(promotion.matches(Substring("前文……阅读原文")))
    }

    /// Chinese text shares the needles' lead bytes, and often their first two bytes: only a whole needle matches.
    @Test func textSharingANeedlesFirstBytesDoesNotMatch() {
        #expect(!promotion.matches("关注公众"))  // a needle cut short at the end of the text
        #expect(!promotion.matches("设为目标，阅读全文，关心公众"))  // 设为 and 阅读 begin needles, 关 shares a lead byte
        #expect(!promotion.matches("这是一段普通的中文正文，讲的是大模型。"))
        #expect(!promotion.matches(""))
    }

    @Test func singleByteAndASCIINeedlesMatchToo() {
        let search = ByteSearch(["字", "x", "ab"])
        #expect(search.matches("only x here"))
        #expect(search.matches("全文 300 字"))
        #expect(search.matches("cab"))
        #expect(!search.matches("a b y"))
        #expect(ByteSearch(["ab"]).matches("ab"))
        #expect(!ByteSearch(["ab"]).matches("a"))
    }

    @Test func anEmptyNeedleMatchesEverythingAndNoNeedlesMatchNothing() {
        #expect(ByteSearch(["", "zz"]).matches("anything"))
        #expect(!ByteSearch([]).matches("anything"))
    }
}
