import Foundation
@testable import GazetteCore
import Testing

struct LinkClassifierTests {
    @Test(arguments: [
        ("https://arxiv.org/abs/2412.00001", "", ArticleLink.Role.paper),
        ("https://www.arxiv.org/abs/2412.00001", "", .paper),
        ("https://notarxiv.org/abs/1", "", .other),
        ("https://arxiv.org.example/abs/1", "", .other),
        ("https://example.com/report.PDF", "", .paper),
        ("https://example.com/report%0Epdf", "", .other),
        ("https://example.com/pdf", "", .other),
        ("https://github.com/org/repo", "", .code),
        ("https://gist.github.com/someone/1", "", .code),
        ("https://mygithub.com/org/repo", "", .other),
        ("https://mygithub.com/org/repo", "代码地址", .code),
        ("https://example.com/", "项目主页", .project),
        ("https://example.com/", "论文链接", .paper),
    ])
    func tellsWhatALinkPointsTo(address: String, words: String, role: ArticleLink.Role) throws {
        let url = try #require(URL(string: address))
        #expect(LinkClassifier.role(of: url, text: words) == role)
    }
}
