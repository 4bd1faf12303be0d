public import Foundation

/// Everything `gazette.yml` can set. Every key has a default, so no file is needed; see README.md, Configuration.
public struct GazetteConfiguration: Sendable, Equatable {
    /// The zone for dates without one, ISO weeks and issue dates.
    public var timeZone: TimeZone
    /// The digest's language: `zh-CN` or `en`.
    public var locale: String
    /// Files and folders read when a command names none.
    public var sources: [String]
    /// How files are read.
    public var ingest: IngestOptions
    /// Tags, themes, summaries and near-duplicates.
    public var analysis: Analyzer.Configuration
    /// Scoring, diversity and quotas.
    public var selection: Selector.Configuration
    /// When there is no earlier issue, the default window is this many days back.
    public var windowDays: Int
    /// Where output goes (`out/`).
    public var outputDirectory: String
    /// How issues are composed.
    public var compose: Composer.Configuration
    /// Webhooks, mail and retries.
    public var delivery: DeliveryConfiguration
    /// The archive database and what counts as already issued.
    public var archive = ArchiveConfiguration()

    /// The defaults.
    public init(
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .gmt, locale: String = "zh-CN",
        sources: [String] = ["seeds"], ingest: IngestOptions = IngestOptions(),
        analysis: Analyzer.Configuration = Analyzer.Configuration(),
        selection: Selector.Configuration = Selector.Configuration(), windowDays: Int = 7,
        outputDirectory: String = "out", compose: Composer.Configuration = Composer.Configuration(),
        delivery: DeliveryConfiguration = DeliveryConfiguration()
    ) {
        self.delivery = delivery
        self.outputDirectory = outputDirectory
        self.compose = compose
        self.timeZone = timeZone
        self.locale = locale
        self.sources = sources
        self.ingest = ingest
        self.analysis = analysis
        self.selection = selection
        self.windowDays = windowDays
    }

    /// The archive database's path: `archive.path`, else `gazette.sqlite` in the output folder.
    public func archivePath(output: String? = nil) -> String {
        archive.path ?? URL(fileURLWithPath: output ?? outputDirectory).appendingPathComponent("gazette.sqlite").path
    }

    /// The configured themes in section order.
    public var themes: [Theme] {
        analysis.themes.definitions.map(\.theme)
    }
}
