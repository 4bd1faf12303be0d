import Foundation
import GazetteCore

/// The JSON form of an article for scripts: every field, dates as ISO 8601 text as the source wrote them.
struct ArticleJSON: Encodable {
    var id: String
    var title: String
    var subtitle: String?
    var originalTitle: String?
    var url: String?
    var source: Source?
    var author: String?
    var published: String?
    var publishedProvenance: DateProvenance
    var updated: String?
    var collected: String
    var language: Language
    var tags: [String]
    var categories: [String]
    var summary: String?
    var image: String?
    var place: String?
    var isDraft: Bool
    var links: [ArticleLink]
    var origin: ArticleOrigin
    var metrics: TextMetrics
    var theme: Theme
    var themeConfidence: Double
    var inferredTags: [ArticleTag]
    var body: String

    init(_ analyzed: AnalyzedArticle) {
        let article = analyzed.article
        theme = analyzed.theme.theme
        themeConfidence = analyzed.theme.confidence
        inferredTags = analyzed.tags.filter { $0.origin == .inferred }
        id = article.id.rawValue
        title = article.title
        subtitle = article.subtitle
        originalTitle = article.originalTitle
        url = article.address
        source = article.source
        author = article.author
        published = article.published?.description
        publishedProvenance = article.publishedProvenance
        updated = article.updated?.description
        collected = article.collected.formatted(.iso8601)
        language = article.language
        tags = article.tags
        categories = article.categories
        summary = article.summary
        image = article.imageAddress
        place = article.place
        isDraft = article.isDraft
        links = article.links
        origin = article.origin
        metrics = article.metrics
        body = article.body
    }

    /// Every field is written, `null` included, so scripts can rely on the keys.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(subtitle, forKey: .subtitle)
        try container.encode(originalTitle, forKey: .originalTitle)
        try container.encode(url, forKey: .url)
        try container.encode(source, forKey: .source)
        try container.encode(author, forKey: .author)
        try container.encode(published, forKey: .published)
        try container.encode(publishedProvenance, forKey: .publishedProvenance)
        try container.encode(updated, forKey: .updated)
        try container.encode(collected, forKey: .collected)
        try container.encode(language, forKey: .language)
        try container.encode(tags, forKey: .tags)
        try container.encode(categories, forKey: .categories)
        try container.encode(summary, forKey: .summary)
        try container.encode(image, forKey: .image)
        try container.encode(place, forKey: .place)
        try container.encode(isDraft, forKey: .isDraft)
        try container.encode(links, forKey: .links)
        try container.encode(origin, forKey: .origin)
        try container.encode(metrics, forKey: .metrics)
        try container.encode(theme, forKey: .theme)
        try container.encode(themeConfidence, forKey: .themeConfidence)
        try container.encode(inferredTags, forKey: .inferredTags)
        try container.encode(body, forKey: .body)
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, subtitle, originalTitle, url, source, author, published, publishedProvenance, updated
        case collected, language, tags, categories, summary, image, place, isDraft, links, origin, metrics
        case theme, themeConfidence, inferredTags, body
    }

    /// A JSON array of every article, pretty-printed.
    static func document(_ articles: [AnalyzedArticle]) throws -> String {
        let encoder = makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        return String(decoding: try encoder.encode(articles.map(ArticleJSON.init)), as: UTF8.self) + "\n"
    }

    /// One compact JSON object per line.
    static func lines(_ articles: [AnalyzedArticle]) throws -> String {
        let encoder = makeEncoder()
        return try articles.map { String(decoding: try encoder.encode(ArticleJSON($0)), as: UTF8.self) + "\n" }
            .joined()
    }

    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
