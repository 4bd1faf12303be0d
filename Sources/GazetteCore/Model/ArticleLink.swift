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

    /// The absolute address.
    public var url: URL
    /// The link's words, or the words before it on its line for a bare URL.
    public var text: String
    /// What it points to.
    public var role: Role

    /// Creates a link.
    public init(url: URL, text: String, role: Role) {
        self.url = url
        self.text = text
        self.role = role
    }
}
