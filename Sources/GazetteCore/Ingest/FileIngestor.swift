import Crypto
import Foundation

/// Reads one file into articles: bytes, then text, then format, then articles. Never throws: whatever goes
/// wrong becomes a diagnostic that names the file (and line).
///
/// With a cache, a file whose size and modification time are unchanged (and that can still be read) is not read at
/// all, and one whose bytes hash the same is not parsed: what it gave last time is reused. A stored outcome that
/// cannot be read or decoded is never trusted: the file is parsed again.
struct FileIngestor: Sendable {
    let options: IngestOptions

    /// The articles of one file and what was noticed on the way.
    struct Outcome: Sendable {
        var report: FileReport
        var articles: [Article] = []
        /// Each article's keys for exact-duplicate detection, in the same order.
        var keys: [ExactDeduplicator.Keys] = []
        var diagnostics: [Diagnostic] = []
        /// The file as the cache should now remember it: set when it was read with a cache in use, and its size,
        /// time or content changed.
        var remembered: IngestedFile?
        /// Whether the outcome came from the cache rather than from parsing.
        var isReused = false
        /// Whether the cache remembered the file, changed or not.
        var isRemembered = false
    }

    /// Reads `files` in order. With a cache, the files it holds unchanged (same size and time, still readable) are
    /// decoded from their stored outcomes, all in one read of the store; the rest are read one by one.
    func ingest(_ files: ArraySlice<SourceFile>, cache: IngestCache?) -> [Outcome] {
        let files = Array(files)
        let statuses = files.map { $0.status ?? FileStatus(path: $0.absolutePath) }
        let remembered = files.map { cache?.entries[$0.absolutePath] }
        var reused = [Outcome?](repeating: nil, count: files.count)
        if let cache {
            let unchanged = files.indices.filter { index in
                guard let cached = remembered[index], let status = statuses[index] else { return false }
                return cached.size == status.size && cached.modified == status.modified
                    && FileStatus.isReadable(files[index].absolutePath)
            }
            try? cache.outcomes.withOutcomes(of: unchanged.map { files[$0].absolutePath }) { position, outcome in
                let index = unchanged[position]
                reused[index] = Self.reuse(outcome, for: files[index])
            }
        }
        return files.indices.map { index in
            var outcome = reused[index] ?? ingest(files[index], status: statuses[index], cache: cache)
            outcome.isRemembered = remembered[index] != nil
            return outcome
        }
    }

    /// Reads one file whose status is `status`, parsing it unless the cache holds its bytes' outcome.
    func ingest(_ file: SourceFile, status: FileStatus?, cache: IngestCache?) -> Outcome {
        var outcome = Outcome(report: FileReport(path: file.path, format: nil, encoding: nil, articleCount: 0,
                                                 isSkipped: true, size: 0))
        let (size, modifiedSeconds) = (status?.size ?? 0, status?.modified ?? 0)
        let modified = Date(timeIntervalSince1970: modifiedSeconds)
        outcome.report.size = size
        guard let data = readData(file, size: size, outcome: &outcome) else { return outcome }
        guard let cache else {
            parse(data, file: file, modified: modified, into: &outcome)
            return outcome
        }
        let absolutePath = file.absolutePath
        let contentDigest = ContentDigest(SHA256.hash(data: data))
        var remembered = IngestedFile(RememberedFile(path: absolutePath, size: size, modified: modifiedSeconds,
                                                     contentDigest: contentDigest, fingerprint: cache.fingerprint),
                                      outcome: Data())
        if cache.entries[absolutePath]?.contentDigest == contentDigest,
           let stored = cache.storedOutcome(of: absolutePath),
           var reused = Self.reuse(stored, for: file) {
            remembered.outcome = stored
            reused.remembered = remembered
            return reused
        }
        parse(data, file: file, modified: modified, into: &outcome)
        remembered.outcome = Self.encode(outcome)
        outcome.remembered = remembered
        return outcome
    }

    private func parse(_ data: Data, file: SourceFile, modified: Date, into outcome: inout Outcome) {
        guard let text = decode(data, file: file, outcome: &outcome) else { return }
        let lines = TextLines(text)
        let format = FormatDetector().detect(lines)
        let parsed = parse(lines, format: format, path: file.path)
        let normalizer = ArticleNormalizer(readingSpeed: options.readingSpeed)
        outcome.articles.reserveCapacity(parsed.articles.count)
        outcome.keys.reserveCapacity(parsed.articles.count)
        for (offset, article) in parsed.articles.enumerated() {
            let normalized = normalizer.normalize(article, file: file, collected: modified, index: offset + 1)
            outcome.articles.append(normalized.article)
            outcome.keys.append(normalized.keys)
        }
        outcome.diagnostics += parsed.diagnostics
        outcome.report.format = format
        outcome.report.articleCount = outcome.articles.count
        outcome.report.isSkipped = parsed.diagnostics.contains(severity: .error)
        if parsed.articles.isEmpty, !outcome.report.isSkipped {
            outcome.diagnostics.append(Diagnostic(.warning, path: file.path, message: emptyMessage(text)))
        }
    }

    private func emptyMessage(_ text: String) -> String {
        text.isBlank ? "the file is empty; nothing to read" : "the file holds no article (only placeholders)"
    }

    private func parse(_ lines: TextLines, format: DocumentFormat, path: String) -> ParsedFile {
        switch format {
        case .yamlFrontMatter, .tomlFrontMatter, .plainText:
            MarkdownFileParser(path: path, dates: DateParser(timeZone: options.timeZone)).parse(lines, format: format)
        case .compilation:
            CompilationSplitter(path: path).parse(lines)
        case .weChatExport:
            WeChatExportParser(path: path, dates: DateParser(timeZone: options.weChatTimeZone)).parse(lines)
        }
    }

    // MARK: - Reading

    /// The file's bytes, or nil with an error in `outcome` when it is too large or cannot be read.
    private func readData(_ file: SourceFile, size: Int, outcome: inout Outcome) -> Data? {
        guard size <= options.maximumFileSize else {
            outcome.diagnostics.append(Diagnostic(.error, path: file.path, message: "the file is "
                + "\(Self.megabytes(size)), over the \(Self.megabytes(options.maximumFileSize)) limit; "
                + "split it, or raise the limit (--max-file-size)"))
            return nil
        }
        do {
            return try FileContents.read(file.absolutePath, expectedSize: size)
        } catch where error.isPermissionDenied {
            outcome.diagnostics.append(Diagnostic(.error, path: file.path,
                                                  message: "permission denied; let Gazette read it (chmod u+r)"))
        } catch {
            outcome.diagnostics.append(Diagnostic(.error, path: file.path, message: "cannot read the file: \(error)"))
        }
        return nil
    }

    private func decode(_ data: Data, file: SourceFile, outcome: inout Outcome) -> String? {
        switch TextDecoder().decode(data) {
        case .success(let decoded):
            outcome.report.encoding = decoded.encoding
            return decoded.text
        case .failure(.binary):
            outcome.diagnostics.append(Diagnostic(.warning, path: file.path,
                                                  message: "not a text file (it holds binary data); skipped"))
        case .failure(.unknownEncoding):
            outcome.diagnostics.append(Diagnostic(.error, path: file.path, message: "the text is neither UTF-8, "
                + "UTF-16 with a byte order mark, nor GB18030/GBK; save it as UTF-8"))
        }
        return nil
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    // MARK: - Cache

    /// What the stored `outcome` says, shown under the path `file` is named by in this run; nil when it cannot be
    /// decoded.
    private static func reuse(_ outcome: Data, for file: SourceFile) -> Outcome? {
        guard let stored = try? CachedOutcome(decoding: outcome, shownAs: file.path) else {
            return nil
        }
        return Outcome(report: stored.report, articles: stored.articles, keys: stored.keys,
                       diagnostics: stored.diagnostics, isReused: true)
    }

    private static func encode(_ outcome: Outcome) -> Data {
        CachedOutcome(report: outcome.report, articles: outcome.articles, keys: outcome.keys,
                      diagnostics: outcome.diagnostics).encoded()
    }
}
