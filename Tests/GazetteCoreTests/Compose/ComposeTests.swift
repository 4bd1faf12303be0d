import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// Composing issues from the seeds and from hostile input.
@Suite struct ComposeTests {
    static func compose(_ paths: [String], request: WindowRequest = .latest, theme: Theme? = nil,
                        templates: TemplateLibrary? = nil) async throws -> ComposedIssue {
        let pipeline = Pipeline()
        let corpus = await pipeline.analyze(await pipeline.ingest(paths))
        let selection = try pipeline.select(corpus, window: try pipeline.window(for: request, now: Date()))
        let composer = Composer(configuration: .init(), locale: "zh-CN", timeZone: pipeline.configuration.timeZone,
                                templates: try templates ?? TemplateLibrary())
        return try composer.compose(selection, number: 3, theme: theme, generated: Date(timeIntervalSince1970: 1_735_000_000))
    }

    @Test func seedsMakeThreeSectionsAndAnEmailUnderTheClipLimit() async throws {
        let composed = try await Self.compose([Fixtures.seeds.path])
        let themes = composed.issue.sections.map(\.theme)
        #expect(Array(themes.prefix(3)) == [.research, .products, .people])
        #expect(composed.issue.sections.allSatisfy { !$0.items.isEmpty })
        #expect(composed.emailHTML.utf8.count < 102 * 1024)
        #expect(composed.warnings.isEmpty)
        #expect(composed.issue.subject.hasPrefix("Gazette 第 3 期｜"))
        #expect(composed.emailHTML.contains(composed.issue.preheader))
    }

    @Test func emailHasNoScriptsExternalCSSOrRelativeImages() async throws {
        let html = try await Self.compose([Fixtures.seeds.path]).emailHTML
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<link"))
        #expect(html.contains("width=\"600\""))
        #expect(html.contains("color-scheme"))
        let images = html.components(separatedBy: "<img ").dropFirst()
        for image in images {
            #expect(image.contains("src=\"https://") || image.contains("src=\"http://"))
            #expect(image.contains("alt=\""))
            #expect(image.contains("width=\""))
        }
        // Every style lives inline except the head's media queries and dark mode.
        #expect(html.components(separatedBy: "<style").count == 2)
    }

    @Test func researchCardsShowPaperAndCodeLinks() async throws {
        let composed = try await Self.compose([Fixtures.seeds.path])
        let research = try #require(composed.issue.sections.first { $0.theme == .research })
        let unrealZoo = try #require(research.items.first { $0.title == "UnrealZoo" })
        #expect(unrealZoo.links.map(\.role) == [.paper, .code, .project])
        #expect(unrealZoo.links.first?.url.host == "openaccess.thecvf.com")
        let people = try #require(composed.issue.sections.first { $0.theme == .people })
        #expect(people.items.contains { $0.people.contains("Yann LeCun") })
        let products = try #require(composed.issue.sections.first { $0.theme == .products })
        #expect(products.items.contains { $0.product == "Kimi" })
    }

    @Test func hostileTitlesRenderAsText() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("""
            ---
            title: '<script>alert(1)</script> & "quotes"'
            date: 2024-12-24
            summary: 'Click [here](javascript:alert(2)) or <img src=x onerror=alert(3)>.'
            url: https://example.com/a
            ---

            产品今天发布上线,用户可以免费体验新功能。
            """, to: "evil.md")
        let composed = try await Self.compose([folder.path], request: .week("2024-W52"))
        for html in [composed.webHTML, composed.emailHTML] {
            #expect(!html.contains("<script>alert(1)"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
            #expect(!html.contains("javascript:"))
            #expect(!html.contains("onerror=alert"))
        }
        #expect(composed.text.contains("<script>alert(1)</script> & \"quotes\""))
        #expect(composed.issue.subject.contains("<script>alert(1)</script>"))
    }

    @Test func plainTextLinesFitSeventyTwoColumns() async throws {
        let text = try await Self.compose([Fixtures.seeds.path]).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where !line.hasPrefix("[") {
            #expect(line.displayWidth <= 72, "\(line)")
        }
        #expect(text.contains("\n[1] https://"))
        #expect(!text.contains("<"), "no markup in the plain text")
    }

    @Test func singleThemeIssueKeepsOneSection() async throws {
        let composed = try await Self.compose([Fixtures.seeds.path], theme: .research)
        #expect(composed.issue.sections.map(\.theme) == [.research])
        #expect(composed.issue.theme == .research)
    }

    @Test func userTemplatesOverrideByName() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("Custom {{issueNumber}} — {{leadTitle}}", to: "subject.mustache")
        let library = try TemplateLibrary(overrides: folder.url)
        let composed = try await Self.compose([Fixtures.seeds.path], templates: library)
        #expect(composed.issue.subject.hasPrefix("Custom 第 3 期 — "))
        #expect(library.sources["subject"] == folder.url.appendingPathComponent("subject.mustache"))
        #expect(library.sources["email"]?.path.hasSuffix("templates/email.mustache") == true)
    }

    @Test func brokenTemplateNamesFileAndLine() throws {
        let folder = try TemporaryDirectory()
        try folder.write("line one\n{{#items}}\n{{title}}\n", to: "web-section.mustache")
        #expect(throws: TemplateError.self) { try TemplateLibrary(overrides: folder.url) }
        do {
            _ = try TemplateLibrary(overrides: folder.url)
        } catch {
            #expect(error.file.hasSuffix("web-section.mustache"))
            #expect(error.line != nil)
            #expect(error.message.contains("never closed"))
        }
    }

    @Test func strictCheckFindsUnknownVariables() throws {
        let folder = try TemporaryDirectory()
        try folder.write("<h1>{{titel}}</h1>\n{{#sections}}{{{html}}}{{/sections}}", to: "web.mustache")
        let library = try TemplateLibrary(overrides: folder.url)
        let unknown = library.unknownVariables()
        #expect(unknown.count == 1)
        #expect(unknown.first?.line == 1)
        #expect(unknown.first?.message == "unknown variable 'titel' (did you mean 'title'?)")
        #expect(try TemplateLibrary().unknownVariables().isEmpty, "the built-in templates use only known variables")
    }
}
