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
        await ingest(SourceScanner().scan(paths), of: paths, cache: cache)
    }

    /// Reads every file under `paths` as `ingest(_:cache:)` does, with the cache that `loadCache` gives, loaded while
    /// the files are listed: for a large corpus the two take about as long, each on one core. Throws what
    /// `loadCache` throws.
    public func ingest<Failure: Error>(_ paths: [String], loadingCache loadCache: () throws(Failure) -> IngestCache?)
        async throws(Failure) -> IngestResult {
        async let scanned = SourceScanner().scan(paths)
        let cache = try loadCache()
        return await ingest(scanned, of: paths, cache: cache)
    }

    private func ingest(_ scan: SourceScanner.Scan, of paths: [String], cache: IngestCache?) async -> IngestResult {
        var outcomes = await readAll(scan.files, cache: cache)
        var diagnostics = scan.diagnostics
        let kept = keptArticles(of: outcomes, diagnostics: &diagnostics)
        let collapse = ExactDeduplicator().collapse(kept.keys) { index in
            outcomes[kept.positions[index].file].articles[kept.positions[index].article]
        }
        var result = IngestResult(articles: [], diagnostics: diagnostics + collapse.diagnostics,
                                  files: outcomes.map(\.report))
        result.remembered = outcomes.compactMap(\.remembered)
        result.reusedFileCount = outcomes.count { $0.isReused }
        result.articles = Self.takeArticles(from: &outcomes, at: kept.positions, collapsing: collapse)
        // Usually every remembered file was found again, and there is nothing to forget nor a set of paths to make.
        if let cache, outcomes.count(where: \.isRemembered) < cache.entries.count {
            result.forgotten = Self.forgotten(in: cache, under: paths, found: scan.files)
        }
        return result
    }

    /// Where the articles to keep lie in `outcomes` (drafts are left out unless asked for, with a note) and their
    /// keys for the exact-duplicate pass.
    private func keptArticles(of outcomes: [FileIngestor.Outcome], diagnostics: inout [Diagnostic])
        -> (positions: [(file: Int, article: Int)], keys: [ExactDeduplicator.Keys]) {
        var positions: [(file: Int, article: Int)] = []
        var keys: [ExactDeduplicator.Keys] = []
        for file in outcomes.indices {
            diagnostics += outcomes[file].diagnostics
            for index in outcomes[file].articles.indices {
                if outcomes[file].articles[index].isDraft, !options.includeDrafts {
                    let article = outcomes[file].articles[index]
                    diagnostics.append(Diagnostic(.note, path: article.origin.path, line: article.origin.line,
                                                  message: "'\(article.title)' is a draft; left out (use --drafts)"))
                } else {
                    positions.append((file, index))
                    keys.append(outcomes[file].keys[index])
                }
            }
        }
        return (positions, keys)
    }

    /// The articles at `positions` (in order), moved out of `outcomes` rather than copied, with the copies
    /// `collapse` names left out or replaced. Each file's articles are taken from its last, so that none is retained
    /// twice; the list is built backwards and turned around.
    private static func takeArticles(from outcomes: inout [FileIngestor.Outcome],
                                     at positions: [(file: Int, article: Int)],
                                     collapsing collapse: ExactDeduplicator.Collapse) -> [Article] {
        var articles: [Article] = []
        articles.reserveCapacity(positions.count - collapse.leftOut.count)
        var next = positions.count - 1
        for file in outcomes.indices.reversed() {
            while let article = outcomes[file].articles.popLast() {
                guard next >= 0, positions[next] == (file, outcomes[file].articles.count) else { continue }  // a draft
                defer { next -= 1 }
                if let replacement = collapse.replacements[next] {
                    articles.append(replacement)
                } else if !collapse.leftOut.contains(next) {
                    articles.append(article)
                }
            }
        }
        // Reversed through a buffer: its swaps move the articles, where `Array.reverse()` copies each.
        articles.withUnsafeMutableBufferPointer { $0.reverse() }
        return articles
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

    /// Reads files in batches, at most `options.concurrency` batches at once, keeping their order. A batch's unchanged
    /// files are decoded from the cache in one read of its store.
    private func readAll(_ files: [SourceFile], cache: IngestCache?) async -> [FileIngestor.Outcome] {
        let reader = FileIngestor(options: options)
        let size = Self.batchSize(fileCount: files.count, concurrency: options.concurrency)
        let batches = stride(from: 0, to: files.count, by: size).map { files[$0..<min($0 + size, files.count)] }
        return await withTaskGroup(of: (Int, [FileIngestor.Outcome]).self) { group in
            var outcomes = [[FileIngestor.Outcome]](repeating: [], count: batches.count)
            var next = 0
            while next < min(options.concurrency, batches.count) {
                let index = next
                group.addTask { (index, reader.ingest(batches[index], cache: cache)) }
                next += 1
            }
            while let (index, batch) = await group.next() {
                outcomes[index] = batch
                if next < batches.count {
                    let index = next
                    group.addTask { (index, reader.ingest(batches[index], cache: cache)) }
                    next += 1
                }
            }
            return outcomes.flatMap { $0 }
        }
    }

    /// Files per batch: up to 64 (one read of the cache's store per batch), and at least eight batches per task
    /// running at once, so that a slow batch at the end leaves the others little to wait for.
    static func batchSize(fileCount: Int, concurrency: Int) -> Int {
        max(1, min(64, fileCount / max(1, concurrency * 8)))
    }
}
