public import Foundation

/// What ingest remembers about a file it has read, so that the next run need not parse it again: the file's size,
/// modification time and content hash, and what reading it gave (its articles, report and diagnostics).
public struct IngestedFile: Sendable, Equatable {
    /// The file's absolute path.
    public var path: String
    /// Its size in bytes when it was read.
    public var size: Int
    /// Its modification time when it was read, in seconds since 1970.
    public var modified: Double
    /// SHA-256 of its bytes, in hex.
    public var contentHash: String
    /// The ingest options and cache format it was read with (`IngestCache.fingerprint(for:)`).
    public var fingerprint: String
    /// What reading it gave, in the cache's byte format (decoded only when the file is reused).
    public var outcome: Data

    /// Creates a remembered file.
    public init(path: String, size: Int, modified: Double, contentHash: String, fingerprint: String, outcome: Data) {
        self.path = path
        self.size = size
        self.modified = modified
        self.contentHash = contentHash
        self.fingerprint = fingerprint
        self.outcome = outcome
    }
}

/// The files earlier runs read, by absolute path, for incremental ingest.
///
/// A file is reused without being read when its size and modification time are unchanged, and without being parsed
/// when they changed but its content hash did not. Entries read with other ingest options (time zones, reading
/// speed, size limit) or by another version of the readers are ignored.
public struct IngestCache: Sendable {
    /// Bump when a reader's output changes, so files read by an older Gazette are parsed again.
    static let formatVersion = 2

    let entries: [String: IngestedFile]
    let fingerprint: String

    /// A cache of `files` for runs with `options`.
    public init(_ files: [IngestedFile], options: IngestOptions) {
        let fingerprint = Self.fingerprint(for: options)
        self.fingerprint = fingerprint
        entries = Dictionary(files.filter { $0.fingerprint == fingerprint }.map { ($0.path, $0) },
                             uniquingKeysWith: { _, last in last })
    }

    /// What a file's outcome depends on besides its bytes.
    static func fingerprint(for options: IngestOptions) -> String {
        let speed = options.readingSpeed
        return "v\(formatVersion) zone=\(options.timeZone.identifier) wechat=\(options.weChatTimeZone.identifier) "
            + "speed=\(speed.cjkCharactersPerMinute)/\(speed.wordsPerMinute) max=\(options.maximumFileSize)"
    }
}

/// A file's outcome as the cache stores it (see `IngestCache+Coding.swift`).
struct CachedOutcome {
    var report: FileReport
    var articles: [CachedArticle]
    var diagnostics: [Diagnostic]
}

/// An ingested article as the cache stores it.
struct CachedArticle {
    var article: Article
    var contentDigest: Data
    var urlKey: String?
}
