import Foundation
@testable import GazetteCore
import Testing

/// An article keeps its own and its image's addresses as text; `url` and `image` parse them when asked, and setting
/// them writes the text `URL` writes.
struct ArticleAddressTests {
    let article = Article(id: ArticleID(rawValue: "a"), title: "T",
                          url: URL(string: "https://example.com/a?b=1#c"), collected: Date(timeIntervalSince1970: 0),
                          language: .english, body: "", image: URL(string: "http://img.example.com/x.png"),
                          origin: ArticleOrigin(path: "p", index: 1, line: 1),
                          metrics: TextMetrics(characters: 0, words: 0, cjkCharacters: 0, readingMinutes: 1))

    @Test func theAddressesAreTheURLsText() {
        #expect(article.address == "https://example.com/a?b=1#c")
        #expect(article.imageAddress == "http://img.example.com/x.png")
        #expect(article.url == URL(string: "https://example.com/a?b=1#c"))
        #expect(article.image?.host == "img.example.com")
    }

    @Test func settingTheURLsSetsTheAddresses() {
        var changed = article
        changed.url = URL(string: "https://example.org/other")
        changed.image = nil
        #expect(changed.address == "https://example.org/other")
        #expect(changed.imageAddress == nil)
        #expect(changed.image == nil)
    }

    @Test func theAddressesAreEncodedAsURLAndImage() throws {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(article)) as? [String: Any]
        #expect(object?["url"] as? String == "https://example.com/a?b=1#c")
        #expect(object?["image"] as? String == "http://img.example.com/x.png")
        #expect(object?["address"] == nil)
        let decoded = try JSONDecoder().decode(Article.self, from: try JSONEncoder().encode(article))
        #expect(decoded == article)
    }
}
