/// `archive:` in gazette.yml: where the archive database lives and which earlier issues an article may not repeat.
public struct ArchiveConfiguration: Sendable, Equatable {
    /// The database file; nil for `gazette.sqlite` in the output folder.
    public var path: String?
    /// Whether articles of issues only built (not sent) are kept out of later issues too. Sent issues always are.
    public var excludeBuiltIssues: Bool

    /// The defaults: `out/gazette.sqlite`, and only sent issues count.
    public init(path: String? = nil, excludeBuiltIssues: Bool = false) {
        self.path = path
        self.excludeBuiltIssues = excludeBuiltIssues
    }
}
