/// What the `archive-index` template sees: the publication and every issue, newest first.
struct ArchiveIndexView: Sendable {
    /// One issue's line.
    struct Entry: Sendable {
        var number: Int
        var issueNumber: String
        var dateText: String
        var subject: String
        var themesText: String
        var itemCount: Int
        var itemCountText: String
        /// The issue's page, relative to the index (or absolute with a base URL).
        var href: String
        var isDraft: Bool
    }

    var title: String
    var lang: String
    var issues: [Entry]
    var hasIssues: Bool
    var atomHref: String
    var jsonFeedHref: String
    var strings: ArchiveStrings
}

/// The archive page's words per locale.
struct ArchiveStrings: Sendable {
    var archive: String
    var noIssues: String
    var draft: String
    var feeds: String

    static func forLocale(_ locale: String) -> ArchiveStrings {
        locale.lowercased().hasPrefix("zh")
            ? ArchiveStrings(archive: "往期", noIssues: "还没有任何一期。", draft: "草稿", feeds: "订阅")
            : ArchiveStrings(archive: "Archive", noIssues: "No issues yet.", draft: "draft", feeds: "Subscribe")
    }
}
