public import Foundation

/// One issue of the digest: what the templates render into the web page, the email and the plain text.
public struct Issue: Sendable, Hashable, Codable {
    /// The issue's number, from 1.
    public var number: Int
    /// The period it covers, such as `2024-W52`.
    public var period: String
    /// The theme, when the issue is a single-theme digest.
    public var theme: Theme?
    /// The digest's name, such as "Gazette".
    public var title: String
    /// The email's subject line.
    public var subject: String
    /// The preview text mail clients show after the subject.
    public var preheader: String
    /// The language (`zh-CN`, `en`).
    public var locale: String
    /// When it was built.
    public var generated: Date
    /// The sections, in order.
    public var sections: [IssueSection]
    /// The sum of the items' reading times, in minutes.
    public var readingMinutes: Int
    /// Notes from selection (undated articles, duplicates folded, empty themes).
    public var notes: [String]

    /// Every item of every section.
    public var items: [IssueItem] { sections.flatMap(\.items) }
}

/// A section of an issue: a theme's heading and its items.
public struct IssueSection: Sendable, Hashable, Codable {
    /// The theme.
    public var theme: Theme
    /// The heading in the issue's language.
    public var title: String
    /// The items, best first.
    public var items: [IssueItem]
}

/// One article as the digest shows it.
public struct IssueItem: Sendable, Hashable, Codable {
    /// A link the item shows: a paper, code, a project or product page.
    public struct Link: Sendable, Hashable, Codable {
        /// What it is.
        public var role: ArticleLink.Role
        /// The words to show ("论文", "Code").
        public var label: String
        /// The address.
        public var url: URL
    }

    /// Another source that carried the same story.
    public struct AlsoIn: Sendable, Hashable, Codable {
        /// The copy's title.
        public var title: String
        /// Its source's name.
        public var source: String
        /// Its address, if known.
        public var url: URL?
    }

    /// The article's id.
    public var id: ArticleID
    /// Rank in its section, from 1.
    public var rank: Int
    public var title: String
    public var subtitle: String?
    /// The article's own address, else its source's.
    public var url: URL?
    /// The source's name.
    public var source: String?
    /// The publication date as the issue's language writes it, if known.
    public var date: String?
    public var readingMinutes: Int
    /// The summary as Markdown (rendered safely by the templates' caller).
    public var summary: String
    public var tags: [String]
    /// The lead image, absolute.
    public var image: URL?
    /// Paper, code and project links (research), or the product's link (products).
    public var links: [Link]
    /// The product's name (products).
    public var product: String?
    /// People named in the title and text (people).
    public var people: [String]
    /// A short quote from the article (people).
    public var quote: String?
    /// Other copies of the story.
    public var alsoIn: [AlsoIn]
    /// The selection score.
    public var score: Double
}

extension Issue {
    /// How an issue is written as JSON (`issue.json`, the archive, the generic webhook): ISO 8601 dates, sorted
    /// keys, slashes as they are; indented for people when `pretty`.
    static func jsonEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Reads what `jsonEncoder` wrote.
    static var jsonDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
