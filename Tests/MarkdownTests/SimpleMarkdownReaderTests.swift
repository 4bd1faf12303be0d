import Foundation
@testable import Markdown
import Testing

/// The simple reader must give exactly what cmark-gfm's tree gives whenever it reads a document, and decline
/// whatever it cannot read that way. Each accepted document is compared with `MarkdownText(parsingWithCmark:)`.
struct SimpleMarkdownReaderTests {
    /// Documents the simple reader reads: every construct it knows, and the edges of GFM autolinks.
    static let accepted = [
        "",
        "plain words",
        "第一段，没有标记。\n第二行 with English.\n\n第二段",
        "line with trailing spaces   \nand a hard break above  \nlast line  ",
        "paragraph\n   continued after spaces\n        and after many",
        "# 标题\n## Heading two  \n###### six\n####### seven is text\n#tag is text\n#\n\n##   spaced   ",
        "text\n# heading interrupts\nmore text",
        "- 训练数据：约14.8万亿token\n- 上下文长度：128K\n+ plus item\n* star item\nlazy continuation\n\nafter the list",
        "- item [link](https://a.example/x)\n  continued https://b.example/y\n- #hash item",
        "论文地址：[论文链接](https://arxiv.org/abs/2401.00001)\n\n代码地址: https://github.com/openai/repo-abc123",
        "![](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640)\n\n![图](https://img.example/a.png)",
        "after [](https://empty.example)",
        "text ![alt words](https://img.example/b.png) [words](https://c.example/?a=1&b=2) end",
        "Paper: https://arxiv.org/abs/2412.00001. Then (https://x.example/a_(b)) and https://y.example/c).",
        "end of line https://z.example/path.\nnext https://z.example/q?x=1!?\nlast https://z.example/r;",
        "地址：https://arxiv.org/abs/2412.00001，代码：https://github.com/org/repo 之后",
        "HTTPS://UPPER.EXAMPLE/X and ftp://files.example/f and xhttp://not.example and mailto://x",
        "https://ok_one.sub.example/ and https://a.b_c.example.d/e_f",
        "http:// http://. http://-x.example https://a https://a.b:8080/p?q=\"quoted\" 'https://q.example'",
        "trailing https://t.example/a&amp https://t.example/b&c;d https://t.example/c[1] {https://t.example/d}",
        "[https://in-words.example](https://target.example) and [www.x.example @user](https://t2.example)",
        "mail @someone and AT&T and a & b; #not-heading > quote? | pipe | and 2024年 3.14 = pi !",
        "URL ends line http://end.example\ncontinues",
        "多行\n[链接一](https://one.example)\n[链接二](https://two.example)",
        "awesome text with w and www in it, wwwx.example too",
        String(repeating: "很长的一行，没有换行 ", count: 30) + "[末尾](https://end.example)",
        "1. first\n2. second\n10) third [link](https://o.example)\n\n3. after a blank line",
        "text\n2. continues the paragraph\n1. interrupts it\n3. and is a list",
        "- a bullet\n2. starts an ordered list\n\n3.14 is text\n1234567890. is text\n2024年 too",
        "https://under_score.example/a is no address: its host has an underscore in its last labels",
        "其中 z_t 和 α_t，total_production = 245036，LPIPS_da 提升，E_i^proj，a__b，中_文，x_1_y https://u.example/a_b",
        "[1] a citation, [注] 中文 and [https://in.example www.x.example] [shortcut] [a](https://real.example) [b]",
    ]

    @Test(arguments: accepted)
    func readsAsCmarkGFMDoes(_ markdown: String) throws {
        let reading = try #require(SimpleMarkdownReader.read(markdown), "the simple reader should read this")
        let cmark = MarkdownText(parsingWithCmark: markdown)
        #expect(String(decoding: reading.text, as: UTF8.self) == cmark.plainText)
        #expect(reading.links == cmark.links)
    }

    /// Documents it leaves to cmark-gfm: each uses one thing it does not read.
    static let declined = [
        "some *emphasis*", "some __strong__", "`code`", "> quote", "| a | b |\n| - | - |", "<div>html</div>",
        "a &amp; b", "a &#35; b", "escaped \\*", "    indented code", "```\nfenced\n```",
        "Setext\n======", "Setext\n---", "***", "[ref][r]\n\n[r]: https://r.example",
        "[shortcut]\n\n[shortcut]: https://s.example",
        "- [ ] task", "www.example.org", "mail me@example.com", "tab\there", "carriage\r\nreturn",
        "[titled](https://t.example \"title\")", "[a [nested] b](https://n.example)", "\u{FEFF}bom",
        "~~strike~~", "- ", "-  two spaces", "# closing #", "para\n  - indented item", ":---", "![](<angle>)",
        "[no](destination", "lone ] bracket", "[a](b(c))", "https://x.example/a_",
        "https://t.example/b&c;", "https://例子.example", "https://a.example\\b", "1) [x] task", "1.", "1.  two",
        "[a]: https://d.example", "![not an image]", "[mail someone@x.example]", "[open bracket", "[a]\n\n1. [ ] t",
        "_lead", "trail_", "a_ b", "a _b", "(_x_)", "line é_\nnext", "a_\u{301}b", "snake_case and _emphasis_",
    ]

    @Test(arguments: declined)
    func leavesOtherMarkdownToCmarkGFM(_ markdown: String) {
        #expect(SimpleMarkdownReader.read(markdown) == nil)
    }

    /// `MarkdownText` gives the same whichever reader reads the document.
    @Test(arguments: accepted + declined)
    func markdownTextAgreesWithCmarkGFMAlways(_ markdown: String) {
        #expect(MarkdownText(parsing: markdown) == MarkdownText(parsingWithCmark: markdown))
    }

    /// Thousands of documents put together at random from fragments (plain and tricky), compared whenever the simple
    /// reader reads them; a fair share must be read, or the comparison would prove nothing.
    @Test func randomDocumentsReadAsCmarkGFMDoes() {
        var generator = FragmentGenerator(seed: 0x5EED)
        var readCount = 0
        let documentCount = 6000
        for _ in 0..<documentCount {
            let markdown = generator.document()
            guard let reading = SimpleMarkdownReader.read(markdown) else { continue }
            readCount += 1
            let cmark = MarkdownText(parsingWithCmark: markdown)
            let text = String(decoding: reading.text, as: UTF8.self)
            #expect(text == cmark.plainText, "\(markdown.debugDescription)")
            #expect(reading.links == cmark.links, "\(markdown.debugDescription)")
        }
        #expect(readCount > documentCount / 6, "read \(readCount) of \(documentCount)")
        #expect(readCount < documentCount, "some documents hold markup the reader declines")
    }

    /// Every block of the seeds, and every run of five blocks, compared whenever the simple reader reads it.
    @Test func readsTheSeedsAsCmarkGFMDoes() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../seeds").standardizedFileURL
        var readCount = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let blocks = text.components(separatedBy: "\n\n")
            for start in blocks.indices {
                let run = blocks[start..<min(start + 5, blocks.count)].joined(separator: "\n\n")
                for markdown in [blocks[start], run] {
                    guard let reading = SimpleMarkdownReader.read(markdown) else { continue }
                    readCount += 1
                    let cmark = MarkdownText(parsingWithCmark: markdown)
                    #expect(String(decoding: reading.text, as: UTF8.self) == cmark.plainText, "\(name): \(markdown)")
                    #expect(reading.links == cmark.links, "\(name): \(markdown)")
                }
            }
        }
        #expect(readCount > 100, "read \(readCount) pieces of the seeds")
    }
}

/// Puts documents together from line fragments, deterministically.
private struct FragmentGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int(next() % UInt64(elements.count))]
    }

    static let starts = ["- ", "+ ", "* ", "# ", "## ", "###### ", "  ", "   ", "#", "-", "1. ",
                         "> ", "    ", "2024年", "[x] ", "2. ", "10) ", "1) ", "3.14 ", "- [1] "]
    static let words = ["论文地址：", "plain words ", "中文句子，", "Paper: ", "(", ")", " ", "  ", "!", "! ", ":", "://",
                        "w", "x", "Q", "https", "http", "ftp", "xhttp", "HTTP", "1", "-", ".", ",", "?", "'", "\"",
                        "{", "}", "#", "|", "@", "&", ";", "2024年", "3.14", "//", "ww", "AT&T", "#标签", "[1]", "[注]",
                        "]:", "[a b]"]
    static let trickyWords = ["www.", " www.a.example", "a@b.example", "&amp;", "_", "*", "`", "[", "]", "~", "<",
                              "a_b",
                              "_t", "z_", "α_t", "__",
                              "\\"]
    static let pieces = ["https://arxiv.org/abs/2401.00001", "https://a_b.example/", "https://a.b_c.example/x",
                         "http://x.example/a_(b)", "https://y.example/c)", "https://z.example/p?q=1&r=2",
                         "https://t.example/a&amp;", "[链接](https://l.example/a)", "![](https://i.example/p.png)",
                         "![图 说明](https://i.example/q.png)", "[](https://e.example)", "[a](b)", "[a]", "[a](b c)",
                         "[a](<b>)", "HTTPS://U.EXAMPLE", "https://end.example/path_", "https://q.example/x.",
                         "https://w.example/\"quoted\"", "https://k.example/{a}}", "https://n.example/a;b;"]

    mutating func line() -> String {
        var line = next() % 3 == 0 ? pick(Self.starts) : ""
        for _ in 0..<Int(next() % 6) {
            switch next() % 12 {
            case 0..<4: line += pick(Self.pieces)
            case 4: line += pick(Self.trickyWords)
            default: line += pick(Self.words)
            }
        }
        if next() % 8 == 0 { line += pick(["  ", " ", "   "]) }
        return line
    }

    mutating func document() -> String {
        (0..<Int(next() % 8 + 1)).map { _ in next() % 4 == 0 ? "" : line() }.joined(separator: "\n")
    }
}
