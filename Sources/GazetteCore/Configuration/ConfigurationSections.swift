import Foundation

/// `ingest:` in gazette.yml.
struct IngestSection: Decodable {
    var weChatTimeZone: TimeZone?
    var includeDrafts: Bool?
    var maximumFileSizeMB: Double?
    var readingSpeed: IngestOptions.ReadingSpeed?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case weChatTimeZone, includeDrafts, maximumFileSizeMB, readingSpeed
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        weChatTimeZone = try container.decodeIfPresent(String.self, forKey: .weChatTimeZone).map {
            try TimeZoneName.zone($0, codingPath: container.codingPath + [CodingKeys.weChatTimeZone])
        }
        includeDrafts = try container.decodeIfPresent(Bool.self, forKey: .includeDrafts)
        maximumFileSizeMB = try container.decodeIfPresent(Double.self, forKey: .maximumFileSizeMB)
        try require((maximumFileSizeMB ?? 1) > 0, .maximumFileSizeMB, in: container, "must be a positive number")
        readingSpeed = try container.decodeIfPresent(IngestOptions.ReadingSpeed.self, forKey: .readingSpeed)
        if let speed = readingSpeed {
            try require(speed.cjkCharactersPerMinute > 0 && speed.wordsPerMinute > 0, .readingSpeed, in: container,
                        "reading speeds must be positive")
        }
    }

    func apply(to options: inout IngestOptions) {
        if let weChatTimeZone { options.weChatTimeZone = weChatTimeZone }
        if let includeDrafts { options.includeDrafts = includeDrafts }
        if let maximumFileSizeMB { options.maximumFileSize = Int(maximumFileSizeMB * 1_048_576) }
        if let readingSpeed { options.readingSpeed = readingSpeed }
    }
}

/// `tags:` in gazette.yml. Aliases add to the defaults (a canonical name given here replaces its default aliases).
struct TagSection: Decodable {
    var configuration = TagInferrer.Configuration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case aliases, maximumInferred, minimumScore
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let aliases = try container.decodeIfPresent([String: [String]].self, forKey: .aliases) ?? [:]
        configuration.aliases.merge(aliases) { _, configured in configured }
        configuration.maximumInferred = try container.decodeIfPresent(Int.self, forKey: .maximumInferred)
            ?? configuration.maximumInferred
        try require(configuration.maximumInferred >= 0, .maximumInferred, in: container, "must be 0 or more")
        configuration.minimumScore = try container.decodeIfPresent(Double.self, forKey: .minimumScore)
            ?? configuration.minimumScore
    }
}

/// `summary:` in gazette.yml.
struct SummarySection: Decodable {
    var configuration = Summarizer.Configuration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case targetCJKCharacters, targetWords, maximumSentences
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = configuration
        configuration.targetCJKCharacters = try container.decodeIfPresent(Int.self, forKey: .targetCJKCharacters)
            ?? defaults.targetCJKCharacters
        configuration.targetWords = try container.decodeIfPresent(Int.self, forKey: .targetWords) ?? defaults.targetWords
        configuration.maximumSentences = try container.decodeIfPresent(Int.self, forKey: .maximumSentences)
            ?? defaults.maximumSentences
        try require(configuration.maximumSentences >= 1, .maximumSentences, in: container, "must be at least 1")
        try require(configuration.targetCJKCharacters > 0, .targetCJKCharacters, in: container, "must be positive")
        try require(configuration.targetWords > 0, .targetWords, in: container, "must be positive")
    }
}

/// `nearDuplicates:` in gazette.yml.
struct NearDuplicateSection: Decodable {
    var configuration = NearDuplicateDetector.Configuration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case threshold, shingleSize, rowsPerBand
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = configuration
        configuration.threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? defaults.threshold
        try require((0...1).contains(configuration.threshold), .threshold, in: container, "must be from 0 to 1")
        configuration.shingleSize = try container.decodeIfPresent(Int.self, forKey: .shingleSize) ?? defaults.shingleSize
        try require((2...20).contains(configuration.shingleSize), .shingleSize, in: container, "must be from 2 to 20")
        configuration.rowsPerBand = try container.decodeIfPresent(Int.self, forKey: .rowsPerBand) ?? defaults.rowsPerBand
        try require([1, 2, 4, 8, 16].contains(configuration.rowsPerBand), .rowsPerBand, in: container,
                    "must be 1, 2, 4, 8 or 16 (the 128 MinHash bins split into whole bands)")
    }
}
