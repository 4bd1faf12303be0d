/// What the ingest stage hands to analysis: the articles, and everything it noticed.
public struct IngestResult: Sendable {
    /// The articles, in file order, drafts left out (unless asked for) and duplicates collapsed.
    public var articles: [Article]
    /// Every diagnostic, in file order.
    public var diagnostics: [Diagnostic]
    /// One report per file found.
    public var files: [FileReport]
    /// Files read with a cache in use whose size, time or content changed: what the cache should store.
    public var remembered: [IngestedFile] = []
    /// How many files came from the cache without being parsed.
    public var reusedFileCount = 0
    /// Paths the cache remembers under the paths read that are no longer there (deleted, moved or hidden): what the
    /// cache should forget.
    public var forgotten: [String] = []

    /// Creates a result.
    public init(articles: [Article], diagnostics: [Diagnostic], files: [FileReport]) {
        self.articles = articles
        self.diagnostics = diagnostics
        self.files = files
    }

    /// Files that could not be read at all, and paths that did not exist.
    public var skippedPaths: [String] {
        files.filter(\.isSkipped).map(\.path)
            + diagnostics.filter { $0.severity == .error && !files.map(\.path).contains($0.path) }.map(\.path)
    }
}
