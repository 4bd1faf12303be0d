import Foundation

/// `themes:` in gazette.yml: the confidence threshold, and definitions that add to (or, with the same id,
/// replace) the default research, products and people themes; `replaceDefaults: true` keeps only yours.
struct ThemeSection: Decodable {
    var configuration = ThemeClassifier.Configuration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case confidenceThreshold, replaceDefaults, definitions
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configuration.confidenceThreshold = try container.decodeIfPresent(Double.self, forKey: .confidenceThreshold)
            ?? configuration.confidenceThreshold
        try require((0...1).contains(configuration.confidenceThreshold), .confidenceThreshold, in: container,
                    "must be from 0 to 1")
        let replace = try container.decodeIfPresent(Bool.self, forKey: .replaceDefaults) ?? false
        let definitions = try container.decodeIfPresent([ThemeEntry].self, forKey: .definitions)?.map(\.definition) ?? []
        var merged = replace ? [] : configuration.definitions
        for definition in definitions {
            if let index = merged.firstIndex(where: { $0.theme == definition.theme }) {
                merged[index] = definition
            } else {
                merged.append(definition)
            }
        }
        try require(!merged.isEmpty, .definitions, in: container, "at least one theme is needed")
        configuration.definitions = merged
    }
}

/// One theme under `themes.definitions`.
struct ThemeEntry: Decodable {
    var definition: ThemeDefinition

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, titles, keywords, titleKeywords, tags, sources, linkRoles, personWeight
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        try require(!id.isEmpty && id != Theme.other.id && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" },
                    .id, in: container, "'\(id)' cannot be a theme id: use letters, digits and '-', and not 'other'")
        let roles = try container.decodeIfPresent([String: Double].self, forKey: .linkRoles) ?? [:]
        var linkRoles: [ArticleLink.Role: Double] = [:]
        for (name, weight) in roles {
            guard let role = ArticleLink.Role(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .linkRoles, in: container, debugDescription:
                    "'\(name)' is not a link kind; use paper, code, project or other")
            }
            linkRoles[role] = weight
        }
        definition = ThemeDefinition(
            theme: Theme(id),
            titles: try container.decodeIfPresent([String: String].self, forKey: .titles) ?? ["en": id],
            keywords: try container.decodeIfPresent([String: Double].self, forKey: .keywords) ?? [:],
            titleKeywords: try container.decodeIfPresent([String: Double].self, forKey: .titleKeywords) ?? [:],
            tags: try container.decodeIfPresent([String: Double].self, forKey: .tags) ?? [:],
            sources: try container.decodeIfPresent([String: Double].self, forKey: .sources) ?? [:],
            linkRoles: linkRoles,
            personWeight: try container.decodeIfPresent(Double.self, forKey: .personWeight) ?? 0)
    }
}
