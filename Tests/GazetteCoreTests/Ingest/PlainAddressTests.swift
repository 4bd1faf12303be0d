@testable import GazetteCore
import Foundation
import Testing

/// A plain address is used as written, without `URL`: wherever `PlainAddress` accepts one, `URL(string:)` must keep
/// its text unchanged and give the same host and path, and the link's role must come out as it does from the `URL`.
struct PlainAddressTests {
    static let schemes = ["https://", "http://", "HTTPS://", "ftp://", "https:/", ""]
    static let hosts = ["arxiv.org", "www.arxiv.org", "github.com", "a-b.c", "", "Example.com", "127.0.0.1",
                        "a..b", "a_b.com", "例子.cn", "a.com:8080", "u@h.com", "xn--fsq.com", "host.", "[::1]"]
    static let paths = ["", "/", "/abs/2401.00001", "/a/b/", "/x.pdf", "/x.PDF/", "//", "///", "/%E4%B8%AD", "/a b",
                        "/a~b_c-d.e", "/(x)", "/a'b", "/[x]", "/a|b", "/a\"b", "/中文", "/a;b=c,d", "/@x:y", "/x.pdf?y",
                        "/!$&*+", "/a%", "/a\\b", "/{x}", "/a^b", "/a`b", "/paper.Pdf//"]
    static let tails = ["", "?a=1", "?a=1&b=2", "?q=%20", "?q=%2", "?q=%zz", "?x=[1]", "?a b", "?", "?a=1#f", "#frag",
                        "#a#b", "?q=a/b?c", "#", "?a=%E4%B8%AD#x/y?z", "?a=中", "#中"]

    @Test func everyPlainAddressIsOneURLKeepsAsWritten() throws {
        var plain = 0
        for scheme in Self.schemes {
            for host in Self.hosts {
                for path in Self.paths {
                    for tail in Self.tails {
                        let text = scheme + host + path + tail
                        guard let address = PlainAddress(text) else { continue }
                        plain += 1
                        let url = try #require(URL(string: text), "\(text)")
                        #expect(url.absoluteString == text)
                        #expect(url.scheme == "http" || url.scheme == "https")
                        #expect(url.host == String(address.host), "\(text)")
                        #expect(url.path == String(address.path), "\(text)")
                        #expect(CanonicalURL.absoluteHTTPURL(text) == url)
                        for words in ["论文", "Code", "project page", "read more", ""] {
                            #expect(LinkClassifier.role(host: address.host, path: address.path, text: words)
                                        == LinkClassifier.role(of: url, text: words), "\(text) \(words)")
                        }
                    }
                }
            }
        }
        #expect(plain > 1_000, "most of the combinations of the lowercase hosts are plain")
    }

    @Test(arguments: ["https://arxiv.org/abs/2401.00001", "http://github.com/a/b?tab=readme#top", "https://a.cn",
                      "https://x.org/p.pdf/", "https://mp.weixin.qq.com/s?__biz=MzA3&mid=2650&idx=1&sn=8e1f"])
    func commonLinksArePlain(text: String) {
        #expect(PlainAddress(text) != nil)
    }

    @Test(arguments: ["HTTPS://ARXIV.ORG/", "https://Example.com/", "https://a.com:443/", "https://a b.com/",
                      "https://例子.cn/", "https://a.com/x y", "https://a.com/%E4", "https://a.com/?q=%zz",
                      "https://a.com/#a#b", "mailto:a@b.c", "https://", "https:///x"])
    func anythingElseIsLeftToURL(text: String) {
        #expect(PlainAddress(text) == nil)
    }
}
