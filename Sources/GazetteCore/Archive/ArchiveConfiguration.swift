public import Foundation

/// `archive:` in gazette.yml: where the archive database lives and which earlier issues an article may not repeat.
public struct ArchiveConfiguration: Sendable, Equatable {
    /// The database file; nil for `gazette.sqlite` in the output folder.
    public var path: String?
    /// Whether articles of issues only built (not sent) are kept out of later issues too. Sent issues always are.
    public var excludeBuiltIssues: Bool
    /// Where `out/archive/` is published (`https://news.example.com/archive/`): links in the archive pages and feeds
    /// are absolute under it. Without it they are relative.
    public var baseURL: URL?

    /// The defaults: `out/gazette.sqlite`, only sent issues count, relative links.
    public init(path: String? = nil, excludeBuiltIssues: Bool = false, baseURL: URL? = nil) {
        self.path = path
        self.excludeBuiltIssues = excludeBuiltIssues
        self.baseURL = baseURL
    }
}
