@testable import GazetteCore
import Testing

/// Plain TOML front matter is read without TOMLKit; it must give exactly what TOMLKit gives, and leave the rest to it.
struct PlainTOMLReaderTests {
    static let plain = [
        // As the benchmark's generator writes it.
        """
        title = "斯坦福HAI升级3D生成系统：开发者怎么看（1930）"
        date = 2024-06-14T16:42:16+00:00
        url = "https://huggingface.co/posts/2024/805f02d9-1930/"
        author = "Zhang Wei"
        tags = ["多模态", "多模态", "具身智能", "AI智能体"]
        categories = ["AI研究"]
        description = "该模型采用混合专家架构，总参数量达到6710亿。"
        draft = false
        """,
        "# a comment\n\ntitle='literal: \"quoted\"'\n  lastmod = 2024-12-05\nweight = 42\nneg = -7\nzero = 0",
        "date = 2024-12-05 10:00:00\nupdated = 2024-12-05T10:00:00.123-08:30\npublished = 1979-05-27T07:32:00Z",
        "tags = []\nkeywords = [ 'a' , \"b\", ]\ndraft = true\nTitle_Case-Key = \"x\"\nempty = \"\"",
        "",
    ]

    @Test(arguments: plain)
    func readsPlainFrontMatterAsTOMLKitDoes(source: String) throws {
        let fields = try #require(PlainTOMLReader.fields(source), "plain front matter should not need TOMLKit")
        #expect(fields == (try Self.tomlKitFields(source)))
    }

    /// Front matter outside the subset: each is left to TOMLKit (and so read, or reported, as before).
    static let other = [
        "title = \"escaped \\\" quote\"", "title = \"\"\"\nmulti\n\"\"\"", "[params]\nx = 1", "a.b = 1",
        "\"quoted\" = 1",
        "title = \"x\" # comment", "ratio = 3.14", "time = 07:32:00", "tags = [\n  \"a\",\n]", "n = 1_000", "n = 007",
        "day = 2024-02-30", "date = 2024-06-14T16:42", "date = 2024-06-14t16:42:16", "t = \"a\"\nT = \"b\"",
        "t = 1\nt = 2", "mixed = [\"a\", 1]", "nested = [[\"a\"]]", "tab\t= 1", "title = \"unterminated",
        "inf = inf", "big = 12345678901234567890",
    ]

    @Test(arguments: other)
    func leavesOtherTOMLToTOMLKit(source: String) {
        #expect(PlainTOMLReader.fields(source) == nil)
    }

    private static func tomlKitFields(_ source: String) throws -> [String: FrontMatter.Field] {
        let file = "+++\n" + source + "\n+++\nbody"
        let lines = TextLines(file)
        let close = lines.count - 1
        return try FrontMatterParser().composeTOML(source, lines: lines, close: close).get().fields
    }
}
