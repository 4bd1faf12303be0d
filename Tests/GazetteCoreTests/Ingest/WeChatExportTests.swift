import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

struct WeChatExportTests {
    @Test func readsFullWidthColonsAndLeavesOutPromotion() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("""
            # 一篇公众号文章

            文章作者：量子位
            发布时间：2024-12-01 21:30
            发布地：北京
            原文链接：https://mp.weixin.qq.com/s?__biz=QW&mid=9&idx=1&sn=ff&chksm=aa&scene=21#rd
            封面图链接：https://mmbiz.qpic.cn/cover/640

            点击上方蓝字关注我们

            正文第一段。
            """, to: "export.txt")
        let result = await Ingestor().ingest([folder.path])
        let article = try #require(result.articles.first)
        #expect(article.author == "量子位")
        #expect(article.place == "北京")
        #expect(article.published?.description == "2024-12-01T21:30:00+08:00")
        #expect(article.image?.absoluteString == "https://mmbiz.qpic.cn/cover/640")
        #expect(article.body == "正文第一段。")
        #expect(result.files.first?.format == .weChatExport)
    }

    @Test func badPublishTimeIsReportedWithItsLine() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("# 标题\n\n文章作者: 某人\n发布时间: 昨天\n\n正文。", to: "export.txt")
        let result = await Ingestor().ingest([folder.path])
        #expect(result.articles.first?.published == nil)
        #expect(result.diagnostics.map(\.line) == [4])
        #expect(result.diagnostics.first?.message == "发布时间 '昨天' is not a date; the article has no date")
    }

    /// Promotional lines are left out only among the body's first three lines of text, wherever they sit there; the
    /// text around them keeps its order, and a promotion further down is part of the article.
    @Test func promotionBetweenTheFirstLinesIsLeftOutAndTheTextAroundItKept() async throws {
        let folder = try TemporaryDirectory()
        let text = """
            # 标题

            **文章作者** : 某人 **
            原文链接:https://example.com/a

            第一段。
            全文 1200 字，阅读约需 3 分钟
            第二段。

            设为星标
            第三段。
            第四段。
            点击上方关注我们，这一行在第三行文字之后，属于正文。
            """
        try folder.write(text, to: "lf.txt")
        try folder.write(text.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "/a", with: "/b")
                            .replacingOccurrences(of: "# 标题", with: "# 另一个标题"),
                         to: "crlf.txt")
        let result = await Ingestor().ingest([folder.path])
        #expect(result.articles.count == 2, "another title and address: not a duplicate")
        for article in result.articles {
            #expect(article.author == "某人", "\(article.origin.path)")
            #expect(article.url?.host == "example.com")
            #expect(article.body == "第一段。\n第二段。\n\n第三段。\n第四段。\n点击上方关注我们，这一行在第三行文字之后，属于正文。",
                    "\(article.origin.path)")
        }
    }

    @Test func aPromotionRightAfterTheHeaderLeavesTheRestAsItIs() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("# 标题\n文章作者：某人\n发布地：上海\n\n关注公众号\n\n  第一段。\n\n第二段。  \n", to: "export.txt")
        let result = await Ingestor().ingest([folder.path])
        let article = try #require(result.articles.first)
        #expect(article.place == "上海")
        #expect(article.body == "第一段。\n\n第二段。")
    }

    @Test(arguments: [("全文 1200 字，阅读约需 3 分钟", true), ("全文共2341字，阅读大约需要6分钟", true), ("全文完", false),
                      ("全文 1200 字", false), ("全文阅读", false), ("本文 1200 字，阅读约需 3 分钟", false),
                      ("全文 1200 字，阅读约需 3 分钟。" + String(repeating: "长", count: 30), false)])
    func theReadingTimeBannerIsToldByItsWords(line: String, isBanner: Bool) {
        #expect(WeChatExportParser.isReadingTimeBanner(line[...]) == isBanner)
    }
}
