import Foundation
import GazetteCore
import GazetteTesting
import Testing

struct ExactDuplicateTests {
    @Test func sameURLCollapsesIntoTheRichestCopy() async throws {
        // Given the same article twice: a bare copy, and one with tags, a date and tracking parameters in its URL
        let folder = try TemporaryDirectory()
        try folder.write("---\ntitle: Agents at scale\nurl: https://Example.com/agents/\n---\n\nShort copy.",
                         to: "a.md")
        try folder.write("""
            ---
            title: Agents at scale
            url: http://example.com/agents?utm_source=feed
            date: 2024-12-01
            tags: [agents]
            author: Ada
            ---

            The full text.
            """, to: "b.md")

        // When both are ingested
        let result = await Ingestor().ingest([folder.path])

        // Then one article remains, with the richest metadata, and the collapse is reported
        #expect(result.articles.count == 1)
        let article = try #require(result.articles.first)
        #expect(article.author == "Ada")
        #expect(article.tags == ["agents"])
        #expect(article.origin.path.hasSuffix("/b.md"))
        let note = try #require(result.diagnostics.first)
        #expect(note.severity == .note)
        #expect(note.message.contains("also appears at \(folder.path)/a.md:1"))
    }

    @Test func sameTextWithDifferentSpacingAndWidthCollapses() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("# 大模型周报\n\n本周，ＡＩ 领域发布了三款新模型。", to: "one.md")
        try folder.write("# 大模型周报\n\n本周, AI领域发布了三款新模型.", to: "two.md")
        try folder.write("# 大模型周报\n\n下周再见。", to: "three.md")
        let result = await Ingestor().ingest([folder.path])
        #expect(result.articles.count == 2)
    }
}
