import Foundation
import Markdown
import Testing

struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<table>"),
        ("~~gone~~", "<del>gone</del>"),
        ("see https://arxiv.org/abs/1 now", "<a href=\"https://arxiv.org/abs/1\">https://arxiv.org/abs/1</a>"),
        ("- [x] done\n- [ ] todo", "<input type=\"checkbox\" checked=\"\" disabled=\"\" />"),
        ("**大模型**推理", "<p><strong>大模型</strong>推理</p>"),
    ])
    func rendersGitHubFlavoredMarkdown(markdown: String, expected: String) {
        #expect(renderer.html(from: markdown).contains(expected))
    }

    @Test func rawHTMLIsOmittedByDefault() {
        let html = renderer.html(from: "before <b onclick=\"x()\">bold</b>\n\n<div>block</div>")
        #expect(!html.contains("<b onclick"))
        #expect(!html.contains("<div>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func tagfilterEscapesScriptEvenWhenHTMLIsAllowed() {
        let html = MarkdownRenderer(options: .unsafeHTML).html(from: "<script>alert(1)</script>\n\n<em>ok</em>")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script>"))
        #expect(html.contains("<em>ok</em>"))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)",
                      "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", "file:///etc/passwd"])
    func dangerousLinksAreDroppedButTheirWordsStay(destination: String) {
        let html = renderer.html(from: "[click me](<\(destination)>) and ![pic](<\(destination)>)")
        #expect(!html.contains("href"))
        #expect(!html.contains("<img"))
        #expect(html.contains("click me"))
    }

    @Test func relativeLinksResolveAgainstTheArticleOrAreDropped() {
        let markdown = "[paper](/papers/1.pdf) ![figure](img/a.png) [site](https://example.com/x)"
        let resolver = LinkResolver(base: URL(string: "https://blog.example.org/posts/2024/item.html"))
        let resolved = renderer.html(from: markdown) { destination, _ in resolver.resolve(destination) }
        #expect(resolved.contains("href=\"https://blog.example.org/papers/1.pdf\""))
        #expect(resolved.contains("src=\"https://blog.example.org/posts/2024/img/a.png\""))
        #expect(resolved.contains("href=\"https://example.com/x\""))

        let unanchored = LinkResolver(base: nil)
        let dropped = renderer.html(from: markdown) { destination, _ in unanchored.resolve(destination) }
        #expect(!dropped.contains("/papers/1.pdf"))
        #expect(!dropped.contains("<img"))
        #expect(dropped.contains("paper"))
        #expect(dropped.contains("href=\"https://example.com/x\""))
    }

    @Test func rendersLargeDocuments() {
        let paragraph = "这是一段很长的中文文本,包含 **强调** 和 [链接](https://example.com)。\n\n"
        let markdown = String(repeating: paragraph, count: 1_048_576 / paragraph.utf8.count)
        let html = renderer.html(from: markdown)
        #expect(html.components(separatedBy: "<p>").count - 1 == 1_048_576 / paragraph.utf8.count)
    }

    @Test func concurrentRenderingGivesTheSameResult() async {
        let markdown = "| a |\n|---|\n| ~~x~~ https://example.com |\n\n- [x] task"
        let expected = MarkdownRenderer().html(from: markdown)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<50).map { _ in MarkdownRenderer().html(from: markdown) } }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 400)
        let different = results.filter { $0 != expected }
        #expect(different.isEmpty, "\(different.count) differ; first: \(different.first ?? "") expected: \(expected)")
    }

    static let cmarkGFM = "/usr/bin/cmark-gfm"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: cmarkGFM), "the cmark-gfm tool is not installed"),
          arguments: ["# Title\n\nText with *emphasis* and `code`.", "| a | b |\n|---|---|\n| 1 | ~~2~~ |",
                      "- [ ] task\n- item www.example.com", "<script>x</script> <b>raw</b>"])
    func matchesTheCommandLineTool(markdown: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.cmarkGFM)
        process.arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let expected = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(renderer.html(from: markdown) == expected)
    }
}
