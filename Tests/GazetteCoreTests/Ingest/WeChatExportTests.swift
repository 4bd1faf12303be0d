import Foundation
import GazetteCore
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
}
