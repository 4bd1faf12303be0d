import Foundation
import GazetteCore
import GazetteTesting
import Testing

/// Each format and encoding users bring, read from `Tests/Fixtures/formats`.
@Suite struct FormatTests {
    let result: IngestResult

    init() async {
        let options = IngestOptions(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        result = await Ingestor(options: options).ingest([Fixtures.url("formats").path])
    }

    private func article(_ file: String) throws -> Article {
        try #require(result.articles.first { $0.origin.path.hasSuffix("/" + file) }, "\(file) was not read")
    }

    private func report(_ file: String) throws -> FileReport {
        try #require(result.files.first { $0.path.hasSuffix("/" + file) })
    }

    @Test func hugoTOMLFrontMatter() throws {
        let article = try article("hugo-toml.md")
        #expect(article.title == "Hugo post with TOML front matter")
        #expect(article.published?.description == "2024-12-19T10:30:00+01:00")
        #expect(article.updated?.description == "2024-12-20")
        #expect(article.tags == ["Agents", "Evaluation"])
        #expect(article.categories == ["Research"])
        #expect(article.summary == "A short description from TOML.")
        #expect(article.links.map(\.role) == [.paper, .code])
        #expect(try report("hugo-toml.md").format == .tomlFrontMatter)
    }

    @Test func hexoYAMLWithCommaTagsAndZoneLessTimes() throws {
        let article = try article("hexo-yaml.md")
        #expect(article.published?.description == "2024-12-16T21:05:09+08:00")
        #expect(article.updated?.description == "2024-12-17T08:00:00+08:00")
        #expect(article.tags == ["大模型", "开源"])
        #expect(article.categories == ["产品"])
        #expect(article.summary == "一段摘要。")
        #expect(article.links.first?.address == "https://example.com/project")
        #expect(article.links.first?.role == .project)
    }

    @Test func jekyllDateWithNumericOffsetAndSingleTag() throws {
        let article = try article("jekyll-yaml.md")
        #expect(article.published?.description == "2024-12-15T18:45:00+08:00")
        #expect(article.author == "Jane Doe")
        #expect(article.tags == ["LLM"])
        #expect(article.language == .english)
    }

    @Test func draftsAreLeftOutAndSaidSo() {
        #expect(!result.articles.contains { $0.title == "Unfinished draft" })
        #expect(!result.articles.contains { $0.title == "Unpublished Jekyll post" })
        let notes = result.diagnostics.filter { $0.message.contains("is a draft") }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.severity == .note })
    }

    @Test func draftsAreReadWhenAskedFor() async {
        let all = await Ingestor(options: IngestOptions(includeDrafts: true)).ingest([Fixtures.url("formats").path])
        #expect(all.articles.filter(\.isDraft).map(\.title).sorted() == ["Unfinished draft", "Unpublished Jekyll post"])
    }

    @Test(arguments: [("utf16le-bom.md", TextEncoding.utf16LittleEndian, "UTF-16 编码的文章"),
                      ("utf16be-bom.md", .utf16BigEndian, "UTF-16BE 编码的文章"),
                      ("utf8-bom.md", .utf8WithBOM, "BOM article")])
    func encodingsWithByteOrderMarks(file: String, encoding: TextEncoding, title: String) throws {
        #expect(try report(file).encoding == encoding)
        #expect(try article(file).title == title)
    }

    @Test func gbkWeChatExport() throws {
        #expect(try report("wechat-gbk.txt").encoding == .gb18030)
        let article = try article("wechat-gbk.txt")
        #expect(article.title == "国产大模型新进展")
        #expect(article.author == "机器之心")
        #expect(article.published?.description == "2024-12-20T09:30:00+08:00")
        #expect(article.body.contains("GBK 编码"))
    }

    @Test func plainMarkdownTakesItsTitleFromTheHeading() throws {
        let article = try article("plain.md")
        #expect(article.title == "A plain Markdown note")
        #expect(article.published == nil)
        #expect(article.links.map(\.role) == [.paper])
        #expect(try report("plain.md").format == .plainText)
    }

    @Test func everyFileIsReadWithoutErrors() {
        #expect(result.skippedPaths.isEmpty)
        #expect(!result.diagnostics.contains(severity: .warning))
    }
}
