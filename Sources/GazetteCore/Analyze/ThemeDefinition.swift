/// One theme's rules: the words, tags, sources and link kinds that point to it, each with a weight.
public struct ThemeDefinition: Sendable, Equatable {
    /// The theme this defines.
    public var theme: Theme
    /// The theme's name per locale, for section headings (`en`, `zh-CN`).
    public var titles: [String: String]
    /// Words that count each time they occur in the text (the first occurrence counts most).
    public var keywords: [String: Double]
    /// Words that count once when they occur in the title or subtitle.
    public var titleKeywords: [String: Double]
    /// Tags (canonical names) that count when the article carries them.
    public var tags: [String: Double]
    /// Source names (or parts of them) that count.
    public var sources: [String: Double]
    /// Kinds of links in the body that count, per link (at most three).
    public var linkRoles: [ArticleLink.Role: Double]
    /// Weight of each person named in the title or subtitle (at most two).
    public var personWeight: Double

    /// Creates a definition; only the theme is required.
    public init(theme: Theme, titles: [String: String] = [:], keywords: [String: Double] = [:],
                titleKeywords: [String: Double] = [:], tags: [String: Double] = [:],
                sources: [String: Double] = [:], linkRoles: [ArticleLink.Role: Double] = [:],
                personWeight: Double = 0) {
        self.theme = theme
        self.titles = titles
        self.keywords = keywords
        self.titleKeywords = titleKeywords
        self.tags = tags
        self.sources = sources
        self.linkRoles = linkRoles
        self.personWeight = personWeight
    }

    /// The heading for `locale`, falling back to English and then the theme's id.
    public func title(for locale: String) -> String {
        titles[locale] ?? titles[String(locale.prefix(2))] ?? titles["en"] ?? theme.id
    }
}
