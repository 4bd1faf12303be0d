@testable import GazetteCore
import Testing

struct ContentKeyTests {
    @Test func foldsCaseWidthSpacesAndPunctuation() {
        #expect(ContentKey.normalized("Ｈello,  World！ 你好。") == "helloworld你好")
        #expect(ContentKey.digest("Hello, world") == ContentKey.digest("HELLO WORLD!"))
        #expect(ContentKey.digest("Hello, world") != ContentKey.digest("Hello, word"))
    }

    @Test(arguments: [
        ["A title", "The body, with **Markdown**.\n\n第二段。"],
        ["标题", ""],
        ["", "only a body"],
    ])
    func digestOfPartsEqualsDigestOfTheJoinedText(parts: [String]) {
        #expect(ContentKey.digest(of: parts) == ContentKey.digest(parts.joined(separator: "\n")))
    }
}
