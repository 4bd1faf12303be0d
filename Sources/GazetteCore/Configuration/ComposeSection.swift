import Foundation

/// `compose:` in gazette.yml.
struct ComposeSection: Decodable {
    var configuration = Composer.Configuration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, templates, emailBudgetKB, webBaseURL, from, to, listUnsubscribeURL, listUnsubscribeMailto
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = configuration
        configuration.title = try container.decodeIfPresent(String.self, forKey: .title) ?? defaults.title
        configuration.templatesDirectory = try container.decodeIfPresent(String.self, forKey: .templates)
        if let budget = try container.decodeIfPresent(Int.self, forKey: .emailBudgetKB) {
            try require(budget > 0, .emailBudgetKB, in: container, "must be a positive number of kilobytes")
            configuration.emailBudgetBytes = budget * 1024
        }
        configuration.webBaseURL = try Self.url(container, .webBaseURL)
        configuration.from = try container.decodeIfPresent(String.self, forKey: .from) ?? defaults.from
        try require(configuration.from.contains("@"), .from, in: container, "must be an address such as 'Gazette <news@example.com>'")
        configuration.to = try container.decodeIfPresent([String].self, forKey: .to) ?? []
        configuration.listUnsubscribeURL = try Self.url(container, .listUnsubscribeURL)
        configuration.listUnsubscribeMailto = try container.decodeIfPresent(String.self, forKey: .listUnsubscribeMailto)
    }

    private static func url(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> URL? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let url = URL(string: text), url.scheme == "https" || url.scheme == "http", url.host != nil else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                   debugDescription: "'\(text)' is not an absolute http(s) URL")
        }
        return url
    }
}
