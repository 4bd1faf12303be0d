import Foundation
import GazetteCore
import GazetteTesting
import Testing

/// Bad files are reported with their path (and line), and the run goes on with the rest.
@Suite struct BadInputTests {
    private func ingest(_ paths: [String], options: IngestOptions = IngestOptions()) async -> IngestResult {
        await Ingestor(options: options).ingest(paths)
    }

    private func diagnostics(for file: String, in result: IngestResult) -> [Diagnostic] {
        result.diagnostics.filter { $0.path.hasSuffix("/" + file) }
    }

    @Test func badFilesDoNotStopTheGoodOnes() async {
        let result = await ingest([Fixtures.url("bad-input").path, Fixtures.seeds.path])
        #expect(result.articles.count == 23 + 1, "the seeds plus the article with a bad date")
        #expect(Set(result.skippedPaths.map { URL(fileURLWithPath: $0).lastPathComponent })
            == ["unterminated-front-matter.md", "invalid-yaml.md", "pixel.png"])
    }

    @Test func aLinkBackToAFolderAboveIsReadOnce() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("# One\n\nThe only article.", to: "news/one.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/news/loop", withDestinationPath: folder.path)
        let result = await ingest([folder.path])
        #expect(result.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["one.md"])
        #expect(result.articles.count == 1)
        let note = try #require(result.diagnostics.first { $0.path.hasSuffix("/news/loop") })
        #expect(note.severity == .note)
        #expect(note.message.contains("already read"))
    }

    @Test func unterminatedFrontMatterNamesTheOpeningLine() async throws {
        let result = await ingest([Fixtures.url("bad-input/unterminated-front-matter.md").path])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line == 1)
        #expect(diagnostic.message == "front matter opened with '---' is never closed: add a line with only '---' after the last field")
    }

    @Test func invalidYAMLNamesTheLine() async throws {
        let result = await ingest([Fixtures.url("bad-input/invalid-yaml.md").path])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line.map { (3...5).contains($0) } == true, "line \(String(describing: diagnostic.line))")
        #expect(diagnostic.message.hasPrefix("front matter is not valid YAML"))
        #expect(result.articles.isEmpty)
    }

    @Test func badDateKeepsTheArticleWithoutADate() async throws {
        let result = await ingest([Fixtures.url("bad-input/bad-date.md").path])
        let article = try #require(result.articles.first)
        #expect(article.title == "日期写错了")
        #expect(article.published == nil)
        #expect(article.tags == ["评测"])
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 3)
        #expect(warning.message.hasPrefix("'next Tuesday-ish' is not a date Gazette can read"))
        #expect(result.skippedPaths.isEmpty)
    }

    @Test func emptyFileIsAWarning() async {
        let result = await ingest([Fixtures.url("bad-input/empty.md").path])
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.message) == ["the file is empty; nothing to read"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func fileOfPlaceholdersGivesNoArticle() async {
        let result = await ingest([Fixtures.url("bad-input/placeholder-only.txt").path])
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.line) == [1, 3, nil])
        #expect(result.diagnostics.last?.message == "the file holds no article (only placeholders)")
    }

    @Test func binaryFileIsSkippedWithAWarning() async {
        let result = await ingest([Fixtures.url("bad-input/pixel.png").path])
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.message) == ["not a text file (it holds binary data); skipped"])
        #expect(result.skippedPaths.count == 1)
    }

    @Test func missingFolderIsAnErrorAndTheRestIsRead() async {
        let result = await ingest(["/nonexistent/gazette-folder", Fixtures.seeds.path])
        #expect(result.articles.count == 23)
        #expect(result.skippedPaths == ["/nonexistent/gazette-folder"])
        #expect(result.diagnostics.first?.message.hasPrefix("no such file or folder") == true)
    }

    @Test func fileOverTheSizeLimitIsSkippedAndSaysHowToRaiseIt() async throws {
        // Given a 20 MB compilation
        let folder = try TemporaryDirectory()
        let entry = "#Entry\n" + String(repeating: "一段足够长的正文。", count: 200) + "\n....\n"
        let big = String(repeating: entry, count: 20 * 1_048_576 / entry.utf8.count + 1)
        try folder.write(big, to: "big.txt")
        try folder.write("# Small\n\nStill read.", to: "small.md")

        // When it is read with the default limit, it is skipped with a message naming the limit
        let limited = await ingest([folder.path])
        #expect(limited.articles.map(\.title) == ["Small"])
        #expect(limited.diagnostics.first?.message.contains("over the 16.0 MB limit") == true)

        // And with a raised limit, it is read
        let raised = await ingest([folder.path], options: IngestOptions(maximumFileSize: 32 * 1_048_576))
        #expect(raised.skippedPaths.isEmpty)
        #expect(raised.articles.count == 2, "identical entries collapse into one, plus the small file")
    }
}
