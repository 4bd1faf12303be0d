import Foundation
import GazetteCore
import GazetteTesting
import Testing

struct CompilationTests {
    private func ingest(_ text: String) async throws -> IngestResult {
        let folder = try TemporaryDirectory()
        try folder.write(text, to: "compilation.txt")
        return await Ingestor().ingest([folder.path])
    }

    @Test func splitsAtHeadingsAndSeparators() async throws {
        let result = try await ingest("""
            Collected from https://example.com/list
            #First
            第一篇的小标题在这里
            第一篇的正文。
            ....
            #Second
            Body of the second, which starts with a sentence.
            ....
            #Third
            No separator after the last one.
            """)
        #expect(result.articles.map(\.title) == ["First", "Second", "Third"])
        #expect(result.articles.map(\.subtitle) == ["第一篇的小标题在这里", nil, nil])
        #expect(result.articles.map(\.origin.line) == [2, 6, 9])
        #expect(result.articles.map(\.origin.index) == [1, 2, 3])
        #expect(result.articles[0].body == "第一篇的正文。")
        #expect(result.articles.allSatisfy { $0.source?.url?.absoluteString == "https://example.com/list" })
        #expect(result.articles.allSatisfy { $0.url == nil }, "the compilation's link is its source, not each article's")
    }

    @Test func emptyEntriesAreSkippedWithTheirLine() async throws {
        let result = try await ingest("#A\nbody a\n....\n#Empty\n....\n#B\nbody b\n....\n")
        #expect(result.articles.map(\.title) == ["A", "B"])
        #expect(result.diagnostics.map(\.line) == [4])
        #expect(result.diagnostics.first?.message == "skipped placeholder entry '#Empty': the entry has no body")
    }

    @Test func headingsOfOnlyXInAnyCaseArePlaceholders() async throws {
        let result = try await ingest("#A\nbody a\n....\n#xXx\nbody\n....\n#x\u{301}\nbody\n....\n#ＸＸ\nbody\n....\n")
        #expect(result.articles.map(\.title) == ["A", "x\u{301}", "ＸＸ"], "only X and x make a placeholder")
        #expect(result.diagnostics.map(\.message) == ["skipped placeholder entry '#xXx': the heading is a placeholder"])
    }

    @Test func aLoneHeadlineLineIsBodyNotSubtitle() async throws {
        let result = try await ingest("#Only\n这一行像标题但后面没有正文\n....\n#Next\nbody\n....\n")
        #expect(result.articles.first?.subtitle == nil)
        #expect(result.articles.first?.body == "这一行像标题但后面没有正文")
    }
}
