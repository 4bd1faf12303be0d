@testable import GazetteCore
import Testing

/// Plain front matter is read without Yams; it must give exactly what Yams gives, and leave the rest to Yams.
struct PlainYAMLReaderTests {
    static let plain = [
        // Seed 000's front matter.
        """
        title: Google DeepMind亮相NeurIPS 2024：展示自适应智能体与3D生成新突破
        title_original: Google DeepMind at NeurIPS 2024
        date: '2024-12-05'
        source: Google DeepMind
        source_url: https://deepmind.google/blog/google-deepmind-at-neurips-2024/
        author: ''
        summary: 本文介绍了Google DeepMind在NeurIPS 2024年会上展示的多项研究成果。重点包括：构建自适应、智能且安全的AI智能体。
        categories:
        - AI研究
        tags:
        - Google DeepMind
        - NeurIPS 2024
        - AI智能体
        """,
        // As the benchmark's generator writes it.
        """
        title: '字节跳动复现3D生成系统：背后的技术细节（3145）'
        published: 2023-08-09 09:14:43 +0800
        url: https://www.jiqizhixin.com/posts/2023/96cb2f7a-3145/
        tags: 3D生成
        draft: false
        """,
        "tags: [多模态, 具身智能, AI安全]\nsummary: 在具身智能方向，机器人需要同时理解视觉、语言和动作。",
        "tags: []\ndraft: yes\ncount: 42\nempty: ''\nflag: Off",
        "# a comment\ntitle: Hello world  \n\n  # an indented comment\ntags:\n  - one\n  - two words\nTitle_Case-Key: x",
        "title: \"Double quoted: with a colon\"\nurl: https://example.com/a?b=c#fragment\nratio: 1, 2",
        "",
    ]

    @Test(arguments: plain)
    func readsPlainFrontMatterAsYamsDoes(source: String) throws {
        let fields = try #require(PlainYAMLReader.fields(source), "plain front matter should not need Yams")
        let yams = try FrontMatterParser().composeYAML(source).get()
        #expect(FrontMatter(fields: fields) == yams)
    }

    @Test func readsValuesListsFlagsAndLines() throws {
        let fields = try #require(PlainYAMLReader.fields("title: 'Hi'\n\ntags:\n- a\n- b c\ndraft: true\nn: 3"))
        #expect(fields["title"] == FrontMatter.Field(value: .text("Hi"), line: 2))
        #expect(fields["tags"] == FrontMatter.Field(value: .list(["a", "b c"]), line: 4))
        #expect(fields["draft"] == FrontMatter.Field(value: .flag(true), line: 7))
        #expect(fields["n"] == FrontMatter.Field(value: .text("3"), line: 8))
    }

    @Test(arguments: [
        "title: a # comment",
        "title: \"an \\\" escape\"",
        "title: >\n  folded\n  text",
        "meta:\n  nested: value",
        "title: first\nTitle: second",
        "tags: [a, [b]]",
        "tags: ['quoted, with comma', b]",
        "title: &anchor x",
        "title: a\n  continued",
        "\ttitle: tab",
        "title:\nnext: value",
        "- a\n- b",
        "just text",
        "key: value:",
        "tags:\n  - a\n    - b",
        "title: 'it''s'",
        "title: a\u{7F}b",
        "title: \u{FEFF}x",
        "title: a\r",
    ])
    func leavesTheRestToYams(source: String) {
        #expect(PlainYAMLReader.fields(source) == nil)
    }
}
