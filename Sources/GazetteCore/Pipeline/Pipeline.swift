public import Foundation

/// The stages chained: ingest, analyze, select. Each command calls the stages it needs; no state is shared.
public struct Pipeline: Sendable {
    /// The configuration every stage reads its settings from.
    public var configuration: GazetteConfiguration

    /// Creates a pipeline.
    public init(configuration: GazetteConfiguration = GazetteConfiguration()) {
        self.configuration = configuration
    }

    /// Reads `paths`, or the configured sources when none are given; with a `cache`, unchanged files are not
    /// parsed again.
    public func ingest(_ paths: [String] = [], cache: IngestCache? = nil) async -> IngestResult {
        await Ingestor(options: configuration.ingest).ingest(paths.isEmpty ? configuration.sources : paths,
                                                             cache: cache)
    }

    /// Reads `paths`, or the configured sources when none are given, with the cache `loadCache` gives, loaded while
    /// the files are listed. Throws what `loadCache` throws.
    public func ingest<Failure: Error>(_ paths: [String] = [], loadingCache loadCache: () throws(Failure) -> IngestCache?)
        async throws(Failure) -> IngestResult {
        try await Ingestor(options: configuration.ingest).ingest(paths.isEmpty ? configuration.sources : paths,
                                                                 loadingCache: loadCache)
    }

    /// Analyzes the ingested articles.
    public func analyze(_ result: IngestResult) async -> AnalyzedCorpus {
        await Analyzer(configuration: configuration.analysis).analyze(result.articles)
    }

    /// Selects the digest's sections for `window`.
    public func select(_ corpus: AnalyzedCorpus, window: SelectionWindow) throws(SelectionError) -> Selection {
        try Selector(configuration: configuration.selection, themes: configuration.themes).select(corpus, window: window)
    }

    /// The window a request names, relative to `now`.
    public func window(for request: WindowRequest, now: Date) throws(SelectionError) -> SelectionWindow {
        switch request {
        case .latest:
            // The window ends at the next midnight, so every run on the same day scores the same way.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = configuration.timeZone
            let end = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now)) ?? now
            return .lastDays(configuration.windowDays, endingAt: end, timeZone: configuration.timeZone)
        case .week(let week):
            return try .isoWeek(week, timeZone: configuration.timeZone)
        case .range(let since, let until):
            return try range(since: since, until: until, now: now)
        }
    }

    private func range(since: String?, until: String?, now: Date) throws(SelectionError) -> SelectionWindow {
        let parser = DateParser(timeZone: configuration.timeZone)
        func date(_ text: String?, option: String) throws(SelectionError) -> Date? {
            guard let text else { return nil }
            guard let date = parser.parse(text)?.date else { throw .invalidDate(option: option, text: text) }
            return date
        }
        let start = try date(since, option: "--since") ?? Date(timeIntervalSince1970: 0)
        let end = try date(until, option: "--until") ?? now
        guard start < end else { throw .emptyRange(since: since ?? "(start)", until: until ?? "now") }
        return .published(since: start, until: end, label: "\(since ?? "…") – \(until ?? "now")")
    }
}

/// Which window a command asks for.
public enum WindowRequest: Sendable, Equatable {
    /// Since the last issue, or the configured number of days back when there is none.
    case latest
    /// An ISO week such as `2024-W52`.
    case week(String)
    /// Publication dates from `since` until `until` (either may be open).
    case range(since: String?, until: String?)
}
