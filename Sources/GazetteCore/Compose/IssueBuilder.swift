import Foundation

/// Turns a selection into the issue model: sections with headings, items with what their cards show.
struct IssueBuilder {
    let configuration: Composer.Configuration
    let locale: String
    let timeZone: TimeZone

    func build(_ selection: Selection, number: Int, theme: Theme?, generated: Date) -> Issue {
        let strings = IssueStrings.forLocale(locale)
        let sections = selection.sections.filter { theme == nil || $0.theme == theme }.map { section in
            IssueSection(theme: section.theme, title: title(of: section.theme, strings: strings),
                         items: section.items.map { item(for: $0, theme: section.theme, strings: strings) })
        }
        let minutes = sections.flatMap(\.items).map(\.readingMinutes).reduce(0, +)
        return Issue(number: number, period: selection.window.label, theme: theme, title: configuration.title,
                     subject: "", preheader: "", locale: locale, generated: generated, sections: sections,
                     readingMinutes: minutes, notes: selection.notes)
    }

    var themeDefinitions: [ThemeDefinition] = []

    private func title(of theme: Theme, strings: IssueStrings) -> String {
        themeDefinitions.sectionTitle(of: theme, locale: locale, strings: strings)
    }

    private func item(for selected: SelectedItem, theme: Theme, strings: IssueStrings) -> IssueItem {
        let analyzed = selected.article
        let article = analyzed.article
        var links: [IssueItem.Link] = []
        var product: String?
        var people: [String] = []
        var quote: String?
        switch theme {
        case .research:
            links = ItemFeatures.researchLinks(article, strings: strings)
        case .products:
            product = ItemFeatures.productName(analyzed)
            links = ItemFeatures.productLink(article, strings: strings)
        case .people:
            people = ItemFeatures.people(article)
            quote = ItemFeatures.quote(article)
        default:
            links = ItemFeatures.researchLinks(article, strings: strings)
        }
        return IssueItem(
            id: article.id, rank: selected.rank, title: article.title, subtitle: article.subtitle,
            url: article.url ?? article.source?.url, source: article.source?.name,
            date: article.published.map { dateText($0) }, readingMinutes: article.metrics.readingMinutes,
            summary: selected.summary.text, tags: analyzed.tags.map(\.name), image: article.image, links: links,
            product: product, people: people, quote: quote,
            alsoIn: selected.alternates.map { IssueItem.AlsoIn(title: $0.title, source: $0.source?.name ?? "", url: $0.url) },
            score: (selected.breakdown.total * 1000).rounded() / 1000)
    }

    private func dateText(_ published: PublishedDate) -> String {
        let zone = TimeZone(secondsFromGMT: published.utcOffsetSeconds) ?? timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: published.date)
        let (year, month, day) = (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return locale.lowercased().hasPrefix("zh") ? "\(year)年\(month)月\(day)日"
            : String(format: "%04d-%02d-%02d", year, month, day)
    }
}
