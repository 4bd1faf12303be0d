import Foundation

/// `archive:` in gazette.yml.
struct ArchiveSection: Decodable {
    var configuration = ArchiveConfiguration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case path, excludeBuiltIssues
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configuration.path = try container.decodeIfPresent(String.self, forKey: .path)
        configuration.excludeBuiltIssues = try container.decodeIfPresent(Bool.self, forKey: .excludeBuiltIssues)
            ?? configuration.excludeBuiltIssues
    }
}
