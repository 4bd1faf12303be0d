import Foundation

/// Tells what a link points to from its address and the words around it.
enum LinkClassifier {
    static let paperHosts = ["arxiv.org", "openreview.net", "aclanthology.org", "doi.org", "dl.acm.org",
                             "proceedings.neurips.cc", "papers.nips.cc", "ieeexplore.ieee.org",
                             "semanticscholar.org", "biorxiv.org", "nature.com", "science.org"]
    static let codeHosts = ["github.com", "gitlab.com", "gitee.com", "huggingface.co", "bitbucket.org",
                            "codeberg.org"]
    static let paperWords = ["论文", "paper", "arxiv", "pdf", "technical report", "技术报告"]
    static let codeWords = ["代码", "code", "github", "开源", "repo"]
    static let projectWords = ["项目主页", "项目地址", "项目页", "主页", "project", "homepage", "demo", "官网"]

    static func role(of url: URL, text: String) -> ArticleLink.Role {
        role(host: (url.host?.lowercased() ?? "")[...], path: url.path[...], text: text)
    }

    /// The role of a link whose lowercase host and path (as `URL.path` gives it) are these.
    static func role(host: Substring, path: Substring, text: String) -> ArticleLink.Role {
        if matches(host, paperHostBytes) || hasPDFSuffix(path) { return .paper }
        if matches(host, codeHostBytes) { return .code }
        let words = text.lowercased()
        if projectWordSearch.matches(words) { return .project }
        if paperWordSearch.matches(words) { return .paper }
        if codeWordSearch.matches(words) { return .code }
        return .other
    }

    /// Whether `path` ends in `.pdf`, the letters in any case (no character outside ASCII lowercases to them).
    private static func hasPDFSuffix(_ path: Substring) -> Bool {
        let suffix = Array(path.utf8.suffix(4))
        return suffix.count == 4 && suffix[0] == UInt8(ascii: ".")
            && suffix.dropFirst().map { $0 | 0x20 }.elementsEqual("pdf".utf8)
    }

    /// The word lists as byte searches: every link's words are searched for each list, and Foundation's `contains`
    /// goes through `NSString` once per word.
    private static let projectWordSearch = ByteSearch(projectWords)
    private static let paperWordSearch = ByteSearch(paperWords)
    private static let codeWordSearch = ByteSearch(codeWords)

    private static let paperHostBytes = paperHosts.map { Array($0.utf8) }
    private static let codeHostBytes = codeHosts.map { Array($0.utf8) }

    /// Whether `host` is one of `hosts` (their UTF-8) or under one (`www.arxiv.org`), compared byte by byte in the
    /// host's contiguous bytes: every link of every article asks this of each known host.
    private static func matches(_ host: Substring, _ hosts: [[UInt8]]) -> Bool {
        func matches(_ host: UnsafeBufferPointer<UInt8>) -> Bool {
            hosts.contains { known in
                guard host.count >= known.count else { return false }
                let start = host.count - known.count
                return host[start...].elementsEqual(known) && (start == 0 || host[start - 1] == UInt8(ascii: "."))
            }
        }
        if let found = host.utf8.withContiguousStorageIfAvailable(matches) { return found }
        return Array(host.utf8).withUnsafeBufferPointer(matches)
    }
}
