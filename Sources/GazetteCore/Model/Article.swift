public import Foundation

/// One article, as every later stage sees it: clean metadata, Markdown body, and where it came from.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: a hash of the canonical URL, or of the normalized title and body.
    public var id: ArticleID
    /// The headline.
    public var title: String
    /// The dek: a line under the headline, when the source has one.
    public var subtitle: String?
    /// The headline in the article's original language, when the article is a translation.
    public var originalTitle: String?
    /// The article's own address, as text: an absolute http(s) address that `URL(string:)` reads. Kept as text, and
    /// parsed only when asked for (`url`): ingest and a rebuild make 100k articles, and few are shown.
    public var address: String?
    /// Where the article was published or collected from.
    public var source: Source?
    /// Who wrote it.
    public var author: String?
    /// When it was published, and how that is known.
    public var published: PublishedDate?
    /// When it was last updated, if the source says so.
    public var updated: PublishedDate?
    /// When Gazette first saw it.
    public var collected: Date
    /// The main language, told by script.
    public var language: Language
    /// Tags as the source gives them, trimmed and without repeats.
    public var tags: [String]
    /// Categories as the source gives them.
    public var categories: [String]
    /// A summary the source provides; analysis fills one in later when there is none.
    public var summary: String?
    /// The body as Markdown.
    public var body: String
    /// The lead image's absolute http(s) address, as text (see `address`).
    public var imageAddress: String?
    /// Where the article says it was published from (WeChat's 发布地).
    public var place: String?
    /// Links found in the body, with their roles.
    public var links: [ArticleLink]
    /// The file, position and line the article was read from.
    public var origin: ArticleOrigin
    /// Counts and the reading-time estimate.
    public var metrics: TextMetrics
    /// Whether the source marks it as a draft (`draft: true`, or Jekyll's `published: false`).
    public var isDraft: Bool

    /// Creates an article; only what every article has is required.
    public init(
        id: ArticleID, title: String, subtitle: String? = nil, originalTitle: String? = nil, url: URL? = nil,
        source: Source? = nil, author: String? = nil, published: PublishedDate? = nil,
        updated: PublishedDate? = nil, collected: Date, language: Language, tags: [String] = [],
        categories: [String] = [], summary: String? = nil, body: String, image: URL? = nil,
        place: String? = nil, links: [ArticleLink] = [], origin: ArticleOrigin, metrics: TextMetrics,
        isDraft: Bool = false
    ) {
        self.init(id: id, title: title, subtitle: subtitle, originalTitle: originalTitle, address: url?.absoluteString,
                  source: source, author: author, published: published, updated: updated, collected: collected,
                  language: language, tags: tags, categories: categories, summary: summary, body: body,
                  imageAddress: image?.absoluteString, place: place, links: links, origin: origin, metrics: metrics,
                  isDraft: isDraft)
    }

    /// Creates an article whose addresses are given as text, which `URL(string:)` must read as absolute http(s)
    /// addresses: how ingest and the ingest cache make them, without parsing each.
    init(
        id: ArticleID, title: String, subtitle: String?, originalTitle: String?, address: String?, source: Source?,
        author: String?, published: PublishedDate?, updated: PublishedDate?, collected: Date, language: Language,
        tags: [String], categories: [String], summary: String?, body: String, imageAddress: String?, place: String?,
        links: [ArticleLink], origin: ArticleOrigin, metrics: TextMetrics, isDraft: Bool
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.originalTitle = originalTitle
        self.address = address
        self.source = source
        self.author = author
        self.published = published
        self.updated = updated
        self.collected = collected
        self.language = language
        self.tags = tags
        self.categories = categories
        self.summary = summary
        self.body = body
        self.imageAddress = imageAddress
        self.place = place
        self.links = links
        self.origin = origin
        self.metrics = metrics
        self.isDraft = isDraft
    }

    /// The article's own address.
    public var url: URL? {
        get { address.flatMap { URL(string: $0) } }
        set { address = newValue?.absoluteString }
    }

    /// The lead image, as an absolute URL.
    public var image: URL? {
        get { imageAddress.flatMap { URL(string: $0) } }
        set { imageAddress = newValue?.absoluteString }
    }

    /// The addresses are written as `url` and `image`, as they were when the article held `URL`s.
    private enum CodingKeys: String, CodingKey {
        case id, title, subtitle, originalTitle, address = "url", source, author, published, updated, collected
        case language, tags, categories, summary, body, imageAddress = "image", place, links, origin, metrics, isDraft
    }

    /// How `published` is known; `.none` when the article has no date.
    public var publishedProvenance: DateProvenance {
        published?.provenance ?? .none
    }
}
