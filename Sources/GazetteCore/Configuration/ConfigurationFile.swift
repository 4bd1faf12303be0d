import Foundation

/// `gazette.yml` as written: every key optional, unknown keys rejected, values checked.
struct ConfigurationFile: Decodable {
    var configuration: GazetteConfiguration

    enum CodingKeys: String, CodingKey, CaseIterable {
        case timeZone, locale, sources, output, ingest, tags, themes, summary, nearDuplicates, selection, compose, deliver
        case archive
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var configuration = GazetteConfiguration()
        if let name = try container.decodeIfPresent(String.self, forKey: .timeZone) {
            configuration.timeZone = try TimeZoneName.zone(name, codingPath: container.codingPath + [CodingKeys.timeZone])
            configuration.ingest.timeZone = configuration.timeZone
        }
        configuration.locale = try container.decodeIfPresent(String.self, forKey: .locale) ?? configuration.locale
        configuration.sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? configuration.sources
        if let ingest = try container.decodeIfPresent(IngestSection.self, forKey: .ingest) {
            ingest.apply(to: &configuration.ingest)
        }
        configuration.analysis.tags = try container.decodeIfPresent(TagSection.self, forKey: .tags)?.configuration
            ?? configuration.analysis.tags
        configuration.analysis.themes = try container.decodeIfPresent(ThemeSection.self, forKey: .themes)?
            .configuration ?? configuration.analysis.themes
        configuration.analysis.summary = try container.decodeIfPresent(SummarySection.self, forKey: .summary)?
            .configuration ?? configuration.analysis.summary
        configuration.analysis.nearDuplicates = try container.decodeIfPresent(
            NearDuplicateSection.self, forKey: .nearDuplicates)?.configuration ?? configuration.analysis.nearDuplicates
        configuration.outputDirectory = try container.decodeIfPresent(String.self, forKey: .output)
            ?? configuration.outputDirectory
        configuration.compose = try container.decodeIfPresent(ComposeSection.self, forKey: .compose)?.configuration
            ?? configuration.compose
        if let selection = try container.decodeIfPresent(SelectionSection.self, forKey: .selection) {
            configuration.selection = selection.configuration
            configuration.windowDays = selection.windowDays
        }
        configuration.delivery = try container.decodeIfPresent(DeliverSection.self, forKey: .deliver)?.configuration
            ?? configuration.delivery
        configuration.archive = try container.decodeIfPresent(ArchiveSection.self, forKey: .archive)?.configuration
            ?? configuration.archive
        let themes = Set(configuration.themes)
        for target in configuration.delivery.targets {
            for theme in target.themes ?? [] where !themes.contains(theme) && theme != .other {
                throw DecodingError.dataCorrupted(.init(codingPath: [CodingKeys.deliver], debugDescription:
                    "target '\(target.name)' names the theme '\(theme.id)', which is not configured; themes: "
                    + configuration.themes.map(\.id).joined(separator: ", ")))
            }
        }
        self.configuration = configuration
    }
}

/// Reads IANA zone names in configuration.
enum TimeZoneName {
    static func zone(_ name: String, codingPath: [any CodingKey]) throws -> TimeZone {
        guard let zone = TimeZone(identifier: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription:
                "'\(name)' is not a time zone; use an IANA name such as Asia/Shanghai or UTC"))
        }
        return zone
    }
}

/// Throws a `DecodingError` naming `key` when `isValid` is false.
func require<Key: CodingKey>(_ isValid: Bool, _ key: Key, in container: KeyedDecodingContainer<Key>,
                             _ message: String) throws {
    guard isValid else {
        throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: message)
    }
}
