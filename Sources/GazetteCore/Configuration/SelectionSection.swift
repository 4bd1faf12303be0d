import Foundation

/// `selection:` in gazette.yml.
struct SelectionSection: Decodable {
    var configuration = Selector.Configuration()
    var windowDays = 7

    enum CodingKeys: String, CodingKey, CaseIterable {
        case halfLifeDays, weights, interests, sourceWeights, diversity, quotas, defaultQuota, undated, windowDays
    }

    enum WeightKeys: String, CodingKey, CaseIterable {
        case recency, interest, source, theme, quality
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = configuration
        configuration.halfLifeDays = try container.decodeIfPresent(Double.self, forKey: .halfLifeDays)
            ?? defaults.halfLifeDays
        try require(configuration.halfLifeDays > 0, .halfLifeDays, in: container,
                    "must be a positive number of days (recency halves every halfLifeDays)")
        if container.contains(.weights) {
            configuration.weights = try Self.weights(try container.superDecoder(forKey: .weights))
        }
        configuration.interests = try container.decodeIfPresent([String: Double].self, forKey: .interests) ?? [:]
        configuration.sourceWeights = try container.decodeIfPresent([String: Double].self, forKey: .sourceWeights) ?? [:]
        configuration.diversity = try container.decodeIfPresent(Double.self, forKey: .diversity) ?? defaults.diversity
        try require((0...1).contains(configuration.diversity), .diversity, in: container, "must be from 0 to 1")
        configuration.quotas = defaults.quotas.merging(
            try container.decodeIfPresent([String: Int].self, forKey: .quotas) ?? [:]) { _, configured in configured }
        try require(configuration.quotas.values.allSatisfy { $0 >= 0 }, .quotas, in: container, "quotas must be 0 or more")
        configuration.defaultQuota = try container.decodeIfPresent(Int.self, forKey: .defaultQuota)
            ?? defaults.defaultQuota
        try require(configuration.defaultQuota >= 0, .defaultQuota, in: container, "must be 0 or more")
        if let undated = try container.decodeIfPresent(String.self, forKey: .undated) {
            guard let policy = UndatedPolicy(rawValue: undated) else {
                throw DecodingError.dataCorruptedError(forKey: .undated, in: container, debugDescription:
                    "'\(undated)' is not a policy; use collected, include or exclude")
            }
            configuration.undated = policy
        }
        windowDays = try container.decodeIfPresent(Int.self, forKey: .windowDays) ?? windowDays
        try require(windowDays > 0, .windowDays, in: container, "must be a positive number of days")
    }

    private static func weights(_ decoder: any Decoder) throws -> Selector.Configuration.Weights {
        try decoder.rejectUnknownKeys(WeightKeys.self)
        let container = try decoder.container(keyedBy: WeightKeys.self)
        let defaults = Selector.Configuration.Weights()
        return Selector.Configuration.Weights(
            recency: try container.decodeIfPresent(Double.self, forKey: .recency) ?? defaults.recency,
            interest: try container.decodeIfPresent(Double.self, forKey: .interest) ?? defaults.interest,
            source: try container.decodeIfPresent(Double.self, forKey: .source) ?? defaults.source,
            theme: try container.decodeIfPresent(Double.self, forKey: .theme) ?? defaults.theme,
            quality: try container.decodeIfPresent(Double.self, forKey: .quality) ?? defaults.quality)
    }
}
