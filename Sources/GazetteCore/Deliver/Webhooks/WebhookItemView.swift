import Foundation
import Markdown

/// What the `webhook-item-*` templates see for one item: every text already escaped for the platform's markup.
struct WebhookItemView: Sendable {
    var rank: Int
    /// The title as a link to the article when it has an address, else the escaped title.
    var titleLink: String
    /// The title alone, escaped.
    var title: String
    /// The summary as plain text, escaped.
    var summary: String
    /// Source, date and reading time, escaped.
    var meta: String
    /// Paper, code, project or product links, joined.
    var linksText: String?
    /// "also in" sources, joined.
    var alsoInText: String?
    /// The names of people (people items), joined.
    var peopleText: String?

    init(item: IssueItem, dialect: WebhookDialect, strings: IssueStrings) {
        rank = item.rank
        title = dialect.escape(item.title)
        titleLink = item.url.map { dialect.link(item.title, to: $0) } ?? dialect.escape(item.title)
        let plain = MarkdownDocument(parsing: item.summary).plainText.collapsingWhitespace()
        summary = dialect.escape(plain)
        meta = dialect.escape([item.source, item.date, strings.reading(item.readingMinutes)]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "))
        let links = item.links.map { dialect.link($0.label, to: $0.url) }
        linksText = links.isEmpty ? nil : links.joined(separator: " · ")
        let copies = item.alsoIn.map { copy in
            copy.url.map { dialect.link(copy.source, to: $0) } ?? dialect.escape(copy.source)
        }
        alsoInText = copies.isEmpty ? nil : "\(strings.alsoIn) " + copies.joined(separator: ", ")
        peopleText = item.people.isEmpty ? nil : dialect.escape(item.people.joined(separator: ", "))
    }
}
