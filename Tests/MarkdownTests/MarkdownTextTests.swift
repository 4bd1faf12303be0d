import Foundation
import Markdown
import Testing

/// `MarkdownText` reads cmark-gfm's tree in place; `MarkdownDocument` copies it into Swift values first. Both run
/// the same walks, which gather UTF-8 bytes; these tests hold both to the walks as first written with strings
/// (`ReferenceWalks`) on every kind of block and inline, on awkward input, and on the seeds.
struct MarkdownTextTests {
    static let samples = [
        "",
        "plain words",
        """
        # 标题 *强调* `code`

        一段 **加粗**,[链接](https://example.com/a "title") 与 <https://example.com/angle>。
        第二行 https://example.com/bare?q=1 之后,还有 www.example.org/path.
        论文地址：https://arxiv.org/abs/2412.00001，代码：https://github.com/org/repo

        ![图 *一*](https://example.com/a.png "image") ![](relative.png)
        """,
        """
        | 列一 | 列二 |
        | --- | --- |
        | [a](https://a.example) | ~~删除~~ |
        |  | b |

        - [x] 完成 https://done.example
        - [ ] 未完成
          1. 嵌套 [链接](https://nested.example)

        > 引用 [q](https://quote.example)
        > 第二行

        ```swift
        let url = "https://in-code.example"
        ```

        <div>html https://html.example</div>

        ---

        hard  
        break and *[emphasised link](https://em.example)* and [ref][r] and [missing][x]

        [r]: https://reference.example "ref title"
        """,
        "[empty]() [spaces](<https://a.example/with space>) mailto:someone@example.com someone@example.com",
        "line one\r\nline two\r\n\r\n```\r\ncode\r\n\r\n```\r\n\r\n```\n\n\n```\n\n|a||\n|-|-|-|\n|||c|\n\n<!-- -->\n\n",
        "e\u{301} [é](https://x.example) 👨‍👩‍👧 [家](https://y.example)\n\n![](https://img.example) ![*x*](https://img2.example)",
        String(repeating: "很长的一行，没有换行 ", count: 30) + "[末尾](https://end.example)",
    ]

    @Test(arguments: samples)
    func agreesWithTheSwiftCopy(_ markdown: String) {
        let document = MarkdownDocument(parsing: markdown)
        let text = MarkdownText(parsing: markdown)
        #expect(text.plainText == ReferenceWalks.plainText(of: document.root))
        #expect(document.plainText == ReferenceWalks.plainText(of: document.root))
        #expect(text.links == ReferenceWalks.links(of: document.root))
        #expect(document.links == ReferenceWalks.links(of: document.root))
    }

    @Test func readsTableTextAndBareLinksWithTheWordsBeforeThem() throws {
        let text = MarkdownText(parsing: Self.samples[2])
        #expect(text.plainText.hasPrefix("标题 强调 code\n\n一段 加粗,链接 与 https://example.com/angle。\n第二行"))
        let bare = try #require(text.links.first { $0.destination == "https://arxiv.org/abs/2412.00001，代码：https://github.com/org/repo" })
        #expect(bare.precedingText == "论文地址：", "a bare address runs to the next space, as GitHub reads it")
        #expect(text.links.contains { $0.destination == "http://www.example.org/path" && $0.isBare })
        #expect(text.links.filter(\.isImage).map(\.text) == ["图 一", ""])
    }

    @Test func agreesOnTheSeeds() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../seeds").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        #expect(names.count == 3)
        for name in names {
            let markdown = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let document = MarkdownDocument(parsing: markdown)
            let text = MarkdownText(parsing: markdown)
            #expect(!text.plainText.isEmpty, "\(name)")
            #expect(text.plainText == ReferenceWalks.plainText(of: document.root), "\(name)")
            #expect(text.links == ReferenceWalks.links(of: document.root), "\(name)")
        }
    }
}
