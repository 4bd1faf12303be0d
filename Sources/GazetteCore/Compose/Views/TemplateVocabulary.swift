/// Every variable name the views offer, for the `--strict` unknown-variable check.
enum TemplateVocabulary {
    static let names: Set<String> = {
        let strings = IssueStrings.chinese
        let link = LinkView(label: "", url: "", role: "", isLast: true)
        let also = AlsoInView(title: "", source: "", url: nil, isLast: true)
        let item = ItemView(id: "", rank: 1, title: "", subtitle: nil, url: nil, source: nil, dateText: nil, meta: "",
                            readingText: "", summaryHTML: "", summaryText: "", tags: [], hasTags: false, tagsText: "",
                            image: nil, imageAlt: "", links: [link], hasLinks: true, product: nil, people: [],
                            hasPeople: false, peopleText: "", quote: nil, alsoIn: [also], hasAlsoIn: true, isFirst: true)
        let section = SectionView(id: "", title: "", itemCount: 0, items: [item], html: "", strings: strings)
        let issue = IssueView(title: "", subject: "", preheader: "", number: 1, issueNumber: "", period: "", lang: "",
                              dateText: "", readingText: "", itemCount: 0, itemCountText: "", topTitles: "", leadTitle: "",
                              webURL: nil, unsubscribeURL: nil, sections: [section], strings: strings, hasNotes: false,
                              notes: [])
        let webhookItem = WebhookItemView(item: IssueItem.placeholder, dialect: .markdown, strings: strings)
        let archiveEntry = ArchiveIndexView.Entry(number: 1, issueNumber: "", dateText: "", subject: "", themesText: "",
                                                  itemCount: 0, itemCountText: "", href: "", isDraft: false)
        let archiveStrings = ArchiveStrings.forLocale("en")
        let archive = ArchiveIndexView(title: "", lang: "", issues: [archiveEntry], hasIssues: true, atomHref: "",
                                       jsonFeedHref: "", strings: archiveStrings)
        let views: [Any] = [issue, section, item, link, also, strings, webhookItem, archive, archiveEntry, archiveStrings]
        return views.reduce(into: Set<String>()) { names, value in
            names.formUnion(Mirror(reflecting: value).children.compactMap(\.label))
        }
    }()
}

extension IssueItem {
    /// An empty item, for listing the names a view offers.
    static let placeholder = IssueItem(
        id: ArticleID(rawValue: "placeholder"), rank: 1, title: "", subtitle: nil, url: nil, source: nil, date: nil,
        readingMinutes: 1, summary: "", tags: [], image: nil, links: [], product: nil, people: [], quote: nil,
        alsoIn: [], score: 0)
}
