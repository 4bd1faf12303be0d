import Foundation

/// A deterministic synthetic corpus of Gazette's three input formats in mixed encodings, written to
/// `$TMPDIR/gazette-bench/corpus-<articles>/` and reused while its manifest matches.
///
/// The same seed and article count always give the same bytes. The manifest (a hidden file, so ingest
/// never reads it) is written last: a folder without it is an interrupted run and is written again.
struct SyntheticCorpus: Sendable {
    /// Bump when the generator's output changes, so older corpora are rewritten.
    static let version = 2
    static let defaultSeed: UInt64 = 0x6761_7A65_7474_6501
    static let manifestName = ".gazette-corpus.json"

    /// Why a corpus could not be written.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let articleCount: Int
    let seed: UInt64
    let directory: URL

    /// The corpus of `articleCount` articles under `root` (by default the system temporary folder).
    init(articleCount: Int, seed: UInt64 = Self.defaultSeed, root: URL = Self.defaultRoot) {
        self.articleCount = articleCount
        self.seed = seed
        directory = root.appendingPathComponent("corpus-\(articleCount)", isDirectory: true)
    }

    /// `gazette-bench` in the system temporary folder (`$TMPDIR`, else `/tmp`).
    static var defaultRoot: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gazette-bench", isDirectory: true)
    }

    private var manifestURL: URL { directory.appendingPathComponent(Self.manifestName) }

    /// The finished corpus: the one on disk when its manifest matches, otherwise a freshly written one.
    func prepare(concurrency: Int) async throws -> (manifest: CorpusManifest, reused: Bool) {
        try refuseRepositoryLocation()
        if let manifest = existingManifest() { return (manifest, true) }
        return (try await generate(concurrency: concurrency), false)
    }

    private func existingManifest() -> CorpusManifest? {
        guard let data = try? Data(contentsOf: manifestURL),
              let manifest = try? JSONDecoder().decode(CorpusManifest.self, from: data),
              manifest.matches(version: Self.version, seed: seed, articles: articleCount)
        else { return nil }
        return manifest
    }

    /// The corpus must never land in the working tree, where it would be committed or ingested by tests.
    private func refuseRepositoryLocation() throws {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let target = directory.standardizedFileURL.path
        if FileManager.default.fileExists(atPath: here + "/Package.swift"), target.hasPrefix(here + "/") {
            throw Failure(description: "the corpus folder \(target) is inside the package at \(here); "
                + "point TMPDIR somewhere outside the repository")
        }
    }

    private func generate(concurrency: Int) async throws -> CorpusManifest {
        let layout = CorpusLayout(articleCount: articleCount, seed: seed)
        guard layout.files.map(\.articleCount).reduce(0, +) == layout.articleCount else {
            throw Failure(description: "the layout holds a different number of articles than planned")
        }
        let manager = FileManager.default
        if manager.fileExists(atPath: directory.path) { try manager.removeItem(at: directory) }
        let folders = Set(layout.files.map { ($0.relativePath as NSString).deletingLastPathComponent })
        for folder in folders.sorted() {
            try manager.createDirectory(at: directory.appendingPathComponent(folder, isDirectory: true),
                                        withIntermediateDirectories: true)
        }
        let written = try await CorpusWriter(directory: directory, seed: seed, concurrency: concurrency)
            .write(layout.files)
        let manifest = CorpusManifest(version: Self.version, seed: seed, articles: layout.articleCount,
                                      uniqueArticles: layout.uniqueArticles, duplicates: layout.duplicateCount,
                                      files: layout.files.count, bytes: written.bytes, encodings: written.encodings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: manifestURL, options: .atomic)
        return manifest
    }
}
