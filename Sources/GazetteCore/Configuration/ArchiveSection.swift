import Foundation

/// `archive:` in gazette.yml.
struct ArchiveSection: Decodable {
    var configuration = ArchiveConfiguration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case path, excludeBuiltIssues, baseURL
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configuration.path = try container.decodeIfPresent(String.self, forKey: .path)
        configuration.excludeBuiltIssues = try container.decodeIfPresent(Bool.self, forKey: .excludeBuiltIssues)
            ?? configuration.excludeBuiltIssues
        if let text = try container.decodeIfPresent(String.self, forKey: .baseURL) {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                  url.host?.isEmpty == false else {
                throw DecodingError.dataCorruptedError(forKey: .baseURL, in: container, debugDescription:
                    "'\(text)' is not an http(s) address such as https://news.example.com/archive/")
            }
            configuration.baseURL = url
        }
    }
}
