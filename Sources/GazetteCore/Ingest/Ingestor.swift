import Foundation

/// The ingest stage: every file under the named paths, read into one clean list of articles.
///
/// One bad file never stops the run: it becomes a diagnostic and the rest are read. Files are read
/// concurrently; the result's order is the files' order, so the same input gives the same output.
public struct Ingestor: Sendable {
    /// How files are read.
    public var options: IngestOptions

    /// Creates an ingest stage.
    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Reads every file under `paths` (files, or folders read recursively). With a `cache`, unchanged files are
    /// not parsed again (see `IngestCache`), and the result's `remembered` lists the files the cache should store.
    public func ingest(_ paths: [String], cache: IngestCache? = nil) async -> IngestResult {
        let scan = SourceScanner().scan(paths)
        let outcomes = await readAll(scan.files, cache: cache)
        var articles: [IngestedArticle] = []
        articles.reserveCapacity(outcomes.reduce(0) { $0 + $1.articles.count })
        var diagnostics = scan.diagnostics
        for outcome in outcomes {
            diagnostics += outcome.diagnostics
            for ingested in outcome.articles {
                let article = ingested.article
                if article.isDraft, !options.includeDrafts {
                    diagnostics.append(Diagnostic(.note, path: article.origin.path, line: article.origin.line,
                                                  message: "'\(article.title)' is a draft; left out (use --drafts)"))
                } else {
                    articles.append(ingested)
                }
            }
        }
        let deduplicated = ExactDeduplicator().deduplicate(articles)
        var result = IngestResult(articles: deduplicated.articles,
                                  diagnostics: diagnostics + deduplicated.diagnostics, files: outcomes.map(\.report))
        result.remembered = outcomes.compactMap(\.remembered)
        result.reusedFileCount = outcomes.count { $0.isReused }
        if let cache {
            result.forgotten = Self.forgotten(in: cache, under: paths, found: scan.files)
        }
        return result
    }

    /// The cache's paths that lie under `paths` (a named file, or anything in a named folder) but were not found.
    private static func forgotten(in cache: IngestCache, under paths: [String], found: [SourceFile]) -> [String] {
        let roots = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let folders = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let seen = Set(found.map(\.absolutePath))
        return cache.entries.keys.filter { path in
            !seen.contains(path) && (roots.contains(path) || folders.contains { path.hasPrefix($0) })
        }.sorted()
    }

    /// Reads files with at most `options.concurrency` at once, keeping their order.
    private func readAll(_ files: [SourceFile], cache: IngestCache?) async -> [FileIngestor.Outcome] {
        let reader = FileIngestor(options: options)
        return await withTaskGroup(of: (Int, FileIngestor.Outcome).self) { group in
            var outcomes = [FileIngestor.Outcome?](repeating: nil, count: files.count)
            var next = 0
            while next < min(options.concurrency, files.count) {
                let index = next
                group.addTask { (index, reader.ingest(files[index], cache: cache)) }
                next += 1
            }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                if next < files.count {
                    let index = next
                    group.addTask { (index, reader.ingest(files[index], cache: cache)) }
                    next += 1
                }
            }
            return outcomes.compactMap { $0 }
        }
    }
}
