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
        var collected = CollectedOutcomes(diagnostics: scan.diagnostics, fileCount: scan.files.count,
                                          includeDrafts: options.includeDrafts)
        await readAll(scan.files, cache: cache, into: &collected)
        let rememberedFileCount = collected.rememberedFileCount
        var result = collected.finish()
        // Usually every remembered file was found again, and there is nothing to forget nor a set of paths to make.
        if let cache, rememberedFileCount < cache.entries.count {
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

    /// Reads files in batches, at most `options.concurrency` batches at once, and hands their outcomes to
    /// `collected` in the files' order, each batch once the ones before it are in. A batch's unchanged files are
    /// decoded from the cache in one read of its store.
    private func readAll(_ files: [SourceFile], cache: IngestCache?, into collected: inout CollectedOutcomes) async {
        let reader = FileIngestor(options: options)
        let size = Self.batchSize(fileCount: files.count, concurrency: options.concurrency)
        let batches = stride(from: 0, to: files.count, by: size).map { files[$0..<min($0 + size, files.count)] }
        await withTaskGroup(of: (Int, [FileIngestor.Outcome]).self) { group in
            var next = 0
            func startNext() {
                guard next < batches.count else { return }
                let index = next
                group.addTask { (index, reader.ingest(batches[index], cache: cache)) }
                next += 1
            }
            while next < min(options.concurrency, batches.count) { startNext() }
            var waiting: [Int: [FileIngestor.Outcome]] = [:]
            var nextToTake = 0
            while let (index, batch) = await group.next() {
                startNext()  // before taking, so that the readers stay busy
                waiting[index] = batch
                while var ready = waiting.removeValue(forKey: nextToTake) {
                    ready.moveEachInOrder { collected.add($0) }
                    nextToTake += 1
                }
            }
        }
    }

    /// Files per batch: up to 64 (one read of the cache's store per batch), and at least eight batches per task
    /// running at once, so that a slow batch at the end leaves the others little to wait for.
    static func batchSize(fileCount: Int, concurrency: Int) -> Int {
        max(1, min(64, fileCount / max(1, concurrency * 8)))
    }
}
