import Foundation

/// The archive's issues as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first.
struct JSONFeedWriter {
    let site: ArchiveSite.Description

    private struct Feed: Encodable {
        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var homePageURL: String?
        var feedURL: String?
        var language: String
        var authors: [Author]
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, language, authors, items
            case homePageURL = "home_page_url", feedURL = "feed_url"
        }
    }

    private struct Author: Encodable {
        var name: String
    }

    private struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var summary: String
        var contentHTML: String
        var datePublished: String
        var dateModified: String
        var tags: [String]

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, tags
            case contentHTML = "content_html", datePublished = "date_published", dateModified = "date_modified"
        }
    }

    func render(_ entries: [ArchiveSite.Entry]) throws -> Data {
        let feed = Feed(title: site.title, homePageURL: site.baseURL.map { _ in site.link("") },
                        feedURL: site.baseURL.map { _ in site.link("feed.json") }, language: site.lang,
                        authors: [Author(name: site.title)],
                        items: entries.map { entry in
                            Item(id: site.entryID(entry), url: site.link(entry.path), title: entry.issue.subject,
                                 summary: entry.issue.preheader, contentHTML: entry.contentHTML,
                                 datePublished: AtomFeedWriter.timestamp(entry.published),
                                 dateModified: AtomFeedWriter.timestamp(entry.updated), tags: entry.themes)
                        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(feed)
    }
}
