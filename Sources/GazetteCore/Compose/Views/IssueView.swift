/// What the layout templates (`web`, `email`, `subject`, `preheader`) see. Every name here is a template variable.
struct IssueView: Sendable {
    var title: String
    var subject: String
    var preheader: String
    var number: Int
    var issueNumber: String
    var period: String
    var lang: String
    var dateText: String
    var readingText: String
    var itemCount: Int
    var itemCountText: String
    var topTitles: String
    var leadTitle: String
    var webURL: String?
    var unsubscribeURL: String?
    var sections: [SectionView]
    var strings: IssueStrings
    var hasNotes: Bool
    var notes: [String]
}

/// One section as the templates see it; `html` is the section already rendered with its theme's template.
struct SectionView: Sendable {
    var id: String
    var title: String
    var itemCount: Int
    var items: [ItemView]
    var html: String
    var strings: IssueStrings
}

/// One item's card.
struct ItemView: Sendable {
    var id: String
    var rank: Int
    var title: String
    var subtitle: String?
    var url: String?
    var source: String?
    var dateText: String?
    var meta: String
    var readingText: String
    var summaryHTML: String
    var summaryText: String
    var tags: [String]
    var hasTags: Bool
    var tagsText: String
    var image: String?
    var imageAlt: String
    var links: [LinkView]
    var hasLinks: Bool
    var product: String?
    var people: [String]
    var hasPeople: Bool
    var peopleText: String
    var quote: String?
    var alsoIn: [AlsoInView]
    var hasAlsoIn: Bool
    var isFirst: Bool
}

/// A link chip on a card.
struct LinkView: Sendable {
    var label: String
    var url: String
    var role: String
    var isLast: Bool
}

/// An "also in" entry.
struct AlsoInView: Sendable {
    var title: String
    var source: String
    var url: String?
    var isLast: Bool
}
