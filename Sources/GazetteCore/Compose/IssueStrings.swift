import Foundation

/// The words an issue is written with, per language. Templates read them as `strings.*`.
public struct IssueStrings: Sendable, Hashable, Codable {
    public var issue: String
    public var readingTime: String
    public var minutes: String
    public var alsoIn: String
    public var readMore: String
    public var paper: String
    public var code: String
    public var project: String
    public var product: String
    public var people: String
    public var items: String
    public var viewOnline: String
    public var unsubscribe: String
    public var generatedBy: String
    public var otherSection: String
    public var links: String

    /// Simplified Chinese.
    public static let chinese = IssueStrings(
        issue: "第 {n} 期", readingTime: "阅读约", minutes: "分钟", alsoIn: "另见", readMore: "阅读原文", paper: "论文",
        code: "代码", project: "项目主页", product: "产品", people: "人物", items: "篇", viewOnline: "在浏览器中查看",
        unsubscribe: "退订", generatedBy: "由 Gazette 生成", otherSection: "其他", links: "链接")

    /// English.
    public static let english = IssueStrings(
        issue: "Issue {n}", readingTime: "About", minutes: "min read", alsoIn: "Also in", readMore: "Read more",
        paper: "Paper", code: "Code", project: "Project", product: "Product", people: "People", items: "articles",
        viewOnline: "View in your browser", unsubscribe: "Unsubscribe", generatedBy: "Made with Gazette",
        otherSection: "Other", links: "Links")

    /// The strings for `locale`: Chinese for `zh*`, English otherwise.
    public static func forLocale(_ locale: String) -> IssueStrings {
        locale.lowercased().hasPrefix("zh") ? .chinese : .english
    }

    /// "第 3 期" / "Issue 3".
    public func issueNumber(_ number: Int) -> String {
        issue.replacingOccurrences(of: "{n}", with: String(number))
    }

    /// "阅读约 5 分钟" / "About 5 min read".
    public func reading(_ minutes: Int) -> String {
        "\(readingTime) \(minutes) \(self.minutes)"
    }

    /// The label for a link role.
    public func label(for role: ArticleLink.Role) -> String {
        switch role {
        case .paper: paper
        case .code: code
        case .project: project
        case .other: links
        }
    }
}

extension [ThemeDefinition] {
    /// A theme's section title in `locale`, as issues and the archive name their sections: its definition's title
    /// (the built-in definitions when none are given), the localized "other" for `other`, else its id.
    func sectionTitle(of theme: Theme, locale: String, strings: IssueStrings) -> String {
        if let definition = (isEmpty ? ThemeDefinition.defaults : self).first(where: { $0.theme == theme }) {
            return definition.title(for: locale)
        }
        return theme == .other ? strings.otherSection : theme.id
    }
}
