import Markdown
import Testing

struct MarkdownDocumentTests {
    @Test func listsLinksWithTheirWordsAndLines() {
        let document = MarkdownDocument(parsing: """
            # Title

            论文地址: [arXiv](https://arxiv.org/abs/2412.1 "paper") and https://github.com/a/b

            ![图1](https://example.com/a.png)
            """)
        #expect(document.links == [
            MarkdownLink(destination: "https://arxiv.org/abs/2412.1", title: "paper", text: "arXiv", line: 3, isImage: false,
                         precedingText: "论文地址: "),
            MarkdownLink(destination: "https://github.com/a/b", text: "https://github.com/a/b", line: 3, isImage: false,
                         precedingText: "论文地址: arXiv and "),
            MarkdownLink(destination: "https://example.com/a.png", text: "图1", line: 5, isImage: true),
        ])
    }

    @Test func plainTextDropsMarkupAndImages() {
        let document = MarkdownDocument(parsing: """
            ## 小标题

            一段 **加粗** 和 *斜体*,以及 `code`。
            第二行。

            - 列表项一
            - 列表项二

            ![图](a.png)

            <div>raw</div>
            """)
        #expect(document.plainText == "小标题\n\n一段 加粗 和 斜体,以及 code。\n第二行。\n\n列表项一\n\n列表项二")
        #expect(document.headings.map(\.text) == ["小标题"])
        #expect(document.headings.map(\.level) == [2])
    }

    @Test func plainTextKeepsTableRowsAndCodeAndSkipsEmptyBlocks() {
        let document = MarkdownDocument(parsing: """
            ![only an image](a.png)

            | a | b |
            |---|---|
            | 1 |   |

            ```
            code

            ```

            ---

            last
            """)
        #expect(document.plainText == "a | b\n\n1\n\ncode\n\nlast")
    }

    @Test func treeHasKindsAndLines() {
        let document = MarkdownDocument(parsing: "text\n\n| a |\n|---|\n| b |\n\n- [x] done\n")
        var kinds: [MarkdownNode.Kind] = []
        document.root.walk { node, depth in if depth == 1 { kinds.append(node.kind) } }
        #expect(kinds == [.paragraph, .table, .list(isOrdered: false)])
        var checked: [Bool?] = []
        document.root.walk { node, _ in if case .item(let isChecked) = node.kind { checked.append(isChecked) } }
        #expect(checked == [true])
        #expect(document.root.children.map(\.line) == [1, 3, 7])
    }
}
