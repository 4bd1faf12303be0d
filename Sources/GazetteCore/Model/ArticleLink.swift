public import Foundation

/// A link found in an article's body.
public struct ArticleLink: Sendable, Hashable, Codable {
    /// What a link points to, as far as its address and words tell.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// A paper: arXiv, OpenReview, a DOI, a PDF, or text such as 论文地址.
        case paper
        /// Source code: GitHub, GitLab, Hugging Face, or text such as 开源代码.
        case code
        /// A project page: text such as 项目主页 or "project page".
        case project
        /// Anything else.
        case other
    }

    /// The absolute http(s) address, as text: ingest finds two or three links in every article, and most need no
    /// `URL` until an issue shows them (see `url`).
    public var address: String
    /// The link's words, or the words before it on its line for a bare URL.
    public var text: String
    /// What it points to.
    public var role: Role

    /// The address as a URL. Never nil for the links Gazette makes: ingest keeps only addresses that `URL` reads.
    public var url: URL? { URL(string: address) }

    /// Creates a link to `url`.
    public init(url: URL, text: String, role: Role) {
        self.init(address: url.absoluteString, text: text, role: role)
    }

    /// Creates a link to `address`, which `URL(string:)` must read as an absolute http(s) URL.
    init(address: String, text: String, role: Role) {
        self.address = address
        self.text = text
        self.role = role
    }

    /// The address is written as `url`, as it was when links held a `URL`.
    private enum CodingKeys: String, CodingKey {
        case address = "url", text, role
    }
}
