import Foundation
import Markdown

/// Renders an issue through the templates: each section with its theme's template (`web-section-research`, falling
/// back to `web-section`), then the `web` and `email` layouts, the subject and preheader, and the plain text.
struct IssueRenderer {
    let configuration: Composer.Configuration
    let templates: TemplateLibrary
    let timeZone: TimeZone

    func subjectAndPreheader(_ issue: Issue) throws(TemplateError) -> (String, String) {
        let view = issueView(issue, sections: [])
        let subject = try templates.render(view, template: "subject").collapsingWhitespace()
        let preheader = try templates.render(view, template: "preheader").collapsingWhitespace()
        return (subject, preheader)
    }

    func render(_ issue: Issue) throws(TemplateError) -> ComposedIssue {
        let web = try renderLayout("web", issue: issue, styled: false)
        let email = try renderLayout("email", issue: issue, styled: true)
        var warnings: [String] = []
        let size = email.utf8.count
        if size > configuration.emailBudgetBytes {
            warnings.append("email.html is \(size / 1024) KB, over the \(configuration.emailBudgetBytes / 1024) KB budget "
                + "(Gmail clips emails over about 102 KB); lower the section quotas or the summary length")
        }
        if issue.sections.isEmpty { warnings.append("the issue has no sections") }
        return ComposedIssue(issue: issue, webHTML: web, emailHTML: email,
                             text: PlainTextRenderer().render(issue), warnings: warnings)
    }

    private func renderLayout(_ layout: String, issue: Issue, styled: Bool) throws(TemplateError) -> String {
        var sections: [SectionView] = []
        let strings = IssueStrings.forLocale(issue.locale)
        for section in issue.sections {
            var view = SectionView(id: section.theme.id, title: section.title, itemCount: section.items.count,
                                   items: section.items.enumerated().map { itemView($1, isFirst: $0 == 0, styled: styled,
                                                                                      strings: strings) },
                                   html: "", strings: strings)
            let specific = "\(layout)-section-\(section.theme.id)"
            view.html = try templates.render(view, template: templates.contains(specific) ? specific : "\(layout)-section")
            sections.append(view)
        }
        return try templates.render(issueView(issue, sections: sections), template: layout)
    }

    private func issueView(_ issue: Issue, sections: [SectionView]) -> IssueView {
        let strings = IssueStrings.forLocale(issue.locale)
        let items = issue.items
        let topTitles = items.prefix(3).map(\.title).joined(separator: " · ")
        let itemCountText = issue.locale.lowercased().hasPrefix("zh") ? "\(items.count) \(strings.items)"
            : "\(items.count) \(strings.items)"
        return IssueView(
            title: issue.title, subject: issue.subject, preheader: issue.preheader, number: issue.number,
            issueNumber: strings.issueNumber(issue.number), period: issue.period,
            lang: issue.locale, dateText: Self.dateText(issue.generated, zone: timeZone),
            readingText: strings.reading(issue.readingMinutes), itemCount: items.count, itemCountText: itemCountText,
            topTitles: topTitles, leadTitle: items.first?.title ?? "", webURL: configuration.webBaseURL?.appendingPathComponent(issue.period + "/").absoluteString,
            unsubscribeURL: configuration.listUnsubscribeURL?.absoluteString, sections: sections, strings: strings,
            hasNotes: !issue.notes.isEmpty, notes: issue.notes)
    }

    private func itemView(_ item: IssueItem, isFirst: Bool, styled: Bool, strings: IssueStrings) -> ItemView {
        let resolver = LinkResolver(base: item.url)
        var summary = MarkdownRenderer().html(from: item.summary) { destination, _ in resolver.resolve(destination) }
        summary = Self.unwrappingSingleParagraph(summary)
        if styled { summary = EmailStyler.inlineStyles(summary) }
        let meta = [item.source, item.date, strings.reading(item.readingMinutes)].compactMap { $0 }
        return ItemView(
            id: item.id.rawValue, rank: item.rank, title: item.title, subtitle: item.subtitle,
            url: item.url?.absoluteString, source: item.source, dateText: item.date, meta: meta.joined(separator: " · "),
            readingText: strings.reading(item.readingMinutes), summaryHTML: summary,
            summaryText: item.summary, tags: item.tags, hasTags: !item.tags.isEmpty,
            tagsText: item.tags.joined(separator: " · "), image: item.image?.absoluteString, imageAlt: item.title,
            links: item.links.enumerated().map { index, link in
                LinkView(label: link.label, url: link.url.absoluteString, role: link.role.rawValue,
                         isLast: index == item.links.count - 1)
            },
            hasLinks: !item.links.isEmpty, product: item.product, people: item.people, hasPeople: !item.people.isEmpty,
            peopleText: item.people.joined(separator: "、"), quote: item.quote,
            alsoIn: item.alsoIn.enumerated().map { index, also in
                AlsoInView(title: also.title, source: also.source, url: also.url?.absoluteString,
                           isLast: index == item.alsoIn.count - 1)
            },
            hasAlsoIn: !item.alsoIn.isEmpty, isFirst: isFirst)
    }

    /// `<p>text</p>\n` becomes `text`, so a one-paragraph summary fits inside the card's own paragraph.
    static func unwrappingSingleParagraph(_ html: String) -> String {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>"),
              trimmed.components(separatedBy: "<p>").count == 2
        else { return trimmed }
        return String(trimmed.dropFirst(3).dropLast(4))
    }

    static func dateText(_ date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

extension String {
    /// Runs of white space (newlines included) folded to one space, and the ends trimmed.
    func collapsingWhitespace() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
