import Foundation
@testable import GazetteCore
import Testing

struct CanonicalURLTests {
    @Test(arguments: [
        ("HTTP://Example.COM:80/a/?utm_source=x&id=3#top", "https://example.com/a?id=3"),
        ("https://example.com/", "https://example.com/"),
        ("https://mp.weixin.qq.com/s?__biz=A&mid=1&idx=2&sn=3&chksm=zz&scene=21#wechat_redirect",
         "https://mp.weixin.qq.com/s?__biz=A&mid=1&idx=2&sn=3"),
    ])
    func foldsAddressesOfTheSamePage(text: String, expected: String) throws {
        #expect(CanonicalURL.key(for: try #require(URL(string: text))) == expected)
    }

    @Test func onlyWebAddressesHaveAKey() throws {
        #expect(CanonicalURL.key(for: try #require(URL(string: "mailto:a@example.com"))) == nil)
        #expect(CanonicalURL.absoluteHTTPURL("/images/a.png") == nil)
        #expect(CanonicalURL.absoluteHTTPURL("javascript:alert(1)") == nil)
    }
}
