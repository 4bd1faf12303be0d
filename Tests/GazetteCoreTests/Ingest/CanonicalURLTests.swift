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

    /// The plain-address shortcut must give what `URLComponents` gives, and must decline what it cannot fold.
    @Test(arguments: [
        "https://arxiv.org/abs/2412.00001", "http://arxiv.org/abs/2412.00001", "https://github.com/openai/repo-ab12/",
        "https://mmbiz.qpic.cn/mmbiz_jpg/AbC~x/640", "https://example.com", "https://example.com/",
        "https://example.com//",
        "https://a-b.example.org./x.y/z_~", "http://example.com/a//", "https://example.com/A/B.PDF",
        "http://mp.weixin.qq.com/s?__biz=Mzg8fca6bbf7c==&mid=224740001974&idx=1&sn=e7f8ffbc&chksm=d48bf2be#rd",
        "https://mp.weixin.qq.com/s?SN=1&scene=21", "https://example.com/a/?id=3&utm_source=x&UTM_medium=y&ref=z",
        "https://example.com/a?spm=1&from=2", "https://example.com/a?x=&y=a=b", "https://example.com/a?",
        "https://example.com/a?#f",
        "https://example.com/a#top", "https://example.com/a?id=1#top?x=%20",
    ])
    func plainAddressesKeyAsURLComponentsKeysThem(text: String) throws {
        let url = try #require(URL(string: text))
        let plain = try #require(CanonicalURL.plainKey(url.absoluteString))
        #expect(plain == CanonicalURL.parsedKey(for: url))
    }

    @Test(arguments: [
        "HTTPS://example.com/a", "https://Example.com/a", "https://example.com:8443/a", "https://user@example.com/",
        "https://example.com/a?b=1+2", "https://example.com/a?b", "https://example.com/a?=1",
        "https://example.com/a?b=1&",
        "https://example.com/a?b=%20", "https://example.com/a?b=1/2", "https://example.com?b=1",
        "https://example.com/%E4%B8%AD", "https://example.com/a;b",
        "https:///a", "ftp://example.com/a", "https://example.com/a(b)",
    ])
    func otherAddressesGoThroughURLComponents(text: String) {
        #expect(CanonicalURL.plainKey(text) == nil)
    }
}
