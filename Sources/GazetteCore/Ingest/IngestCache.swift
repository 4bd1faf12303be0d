public import Foundation

/// What ingest remembers about a file it has read, so that the next run need not parse it again: the file as the
/// next run's cache will know it (size, modification time, content hash) and what reading it gave (its articles,
/// report and diagnostics). A run hands these to the store for the files it read.
public struct IngestedFile: Sendable, Equatable {
    /// The file: what tells whether it changed.
    public var file: RememberedFile
    /// What reading it gave, in the cache's byte format (decoded only when the file is reused).
    public var outcome: Data

    /// Creates a remembered file with its outcome.
    public init(_ file: RememberedFile, outcome: Data) {
        self.file = file
        self.outcome = outcome
    }
}

/// A file an earlier run read, as the cache knows it before its outcome is needed: enough to tell whether the file
/// changed since.
///
/// A rebuild of 100k articles loads 60k of these; the hash is kept as its 32 bytes and the fingerprint is shared, so
/// that the path is each one's only heap allocation.
public struct RememberedFile: Sendable, Equatable {
    /// The file's absolute path.
    public var path: String
    /// Its size in bytes when it was read.
    public var size: Int
    /// Its modification time when it was read, in seconds since 1970.
    public var modified: Double
    /// SHA-256 of its bytes.
    var contentDigest: ContentDigest
    /// The ingest options and cache format it was read with (`IngestCache.fingerprint(for:)`).
    public var fingerprint: String

    /// SHA-256 of its bytes, in hex.
    public var contentHash: String { contentDigest.hexEncoded }

    /// Creates a remembered file.
    init(path: String, size: Int, modified: Double, contentDigest: ContentDigest, fingerprint: String) {
        self.path = path
        self.size = size
        self.modified = modified
        self.contentDigest = contentDigest
        self.fingerprint = fingerprint
    }
}

/// Where the outcomes of remembered files are kept (`IngestedFile.outcome`), read only for the files a run reuses.
///
/// A rebuild of 100k articles reuses hundreds of megabytes of outcomes; reading them where they lie, a batch of
/// files at a time on every core, costs less than loading them all into memory first and copying them once more.
public protocol RememberedOutcomes: Sendable {
    /// Calls `body` with each path's stored outcome and the path's position in `paths`, for the paths that still
    /// have one. The bytes are lent for the call only. Throws when the store cannot be read; the outcomes not yet
    /// passed to `body` are then not reused, and their files are read again.
    func withOutcomes(of paths: [String], _ body: (_ index: Int, _ outcome: Data) -> Void) throws
}

/// The files earlier runs read, by absolute path, for incremental ingest.
///
/// A file is reused without being read when its size and modification time are unchanged, and without being parsed
/// when they changed but its content hash did not. Entries read with other ingest options (time zones, reading
/// speed, size limit) or by another version of the readers are ignored.
public struct IngestCache: Sendable {
    /// Bump when a reader's output changes, so files read by an older Gazette are parsed again.
    static let formatVersion = 4

    let entries: [String: RememberedFile]
    let fingerprint: String
    let outcomes: any RememberedOutcomes

    /// A cache of `files`, whose outcomes are read from `outcomes` when needed, for runs with `options`.
    public init(_ files: [RememberedFile], outcomes: some RememberedOutcomes, options: IngestOptions) {
        let fingerprint = Self.fingerprint(for: options)
        self.fingerprint = fingerprint
        self.outcomes = outcomes
        var entries: [String: RememberedFile] = [:]
        entries.reserveCapacity(files.count)
        for file in files where file.fingerprint == fingerprint {
            entries[file.path] = file
        }
        self.entries = entries
    }

    /// What a file's outcome depends on besides its bytes.
    static func fingerprint(for options: IngestOptions) -> String {
        let speed = options.readingSpeed
        return "v\(formatVersion) zone=\(options.timeZone.identifier) wechat=\(options.weChatTimeZone.identifier) "
            + "speed=\(speed.cjkCharactersPerMinute)/\(speed.wordsPerMinute) max=\(options.maximumFileSize)"
    }

    /// A copy of the outcome stored for `path`, or nil when there is none or it cannot be read.
    func storedOutcome(of path: String) -> Data? {
        var copy: Data?
        try? outcomes.withOutcomes(of: [path]) { _, outcome in copy = Data(outcome) }
        return copy
    }
}

/// A file's outcome as the cache stores it (see `IngestCache+Coding.swift`).
struct CachedOutcome {
    var report: FileReport
    var articles: [Article]
    /// Each article's keys for exact-duplicate detection, in the same order.
    var keys: [ExactDeduplicator.Keys]
    var diagnostics: [Diagnostic]
}
