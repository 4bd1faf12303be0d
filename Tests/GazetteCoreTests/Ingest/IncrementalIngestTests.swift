import Crypto
import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// Incremental ingest: files remembered in a real archive database are not parsed again while they are unchanged.
struct IncrementalIngestTests {
    let folder: TemporaryDirectory
    let seeds: URL
    let archive: ArchiveDatabase
    let options = IngestOptions()

    init() throws {
        folder = try TemporaryDirectory()
        seeds = folder.url.appendingPathComponent("seeds", isDirectory: true)
        try FileManager.default.copyItem(at: Fixtures.seeds, to: seeds)
        archive = try ArchiveDatabase(path: folder.url.appendingPathComponent("gazette.sqlite").path)
    }

    /// One ingest through the archive's cache, storing what it read, as `gazette build` does.
    private func ingest(options: IngestOptions? = nil) async throws -> IngestResult {
        let options = options ?? self.options
        let result = await Ingestor(options: options).ingest([seeds.path],
                                                             cache: try archive.ingestCache(options: options))
        try archive.storeIngested(result)
        return result
    }

    private func file(_ prefix: String) throws -> URL {
        try #require(try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .first { $0.lastPathComponent.hasPrefix(prefix) })
    }

    private func setModificationDate(of url: URL, to date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
    }

    @Test func unchangedFilesAreReusedWithTheSameArticles() async throws {
        let first = try await ingest()
        #expect(first.reusedFileCount == 0)
        #expect(first.remembered.count == 3)
        let second = try await ingest()
        #expect(second.reusedFileCount == 3)
        #expect(second.remembered.isEmpty)
        #expect(second.articles == first.articles)
        #expect(second.files == first.files)
        #expect(second.diagnostics == first.diagnostics)
    }

    @Test func aTouchedFileWithTheSameBytesIsNotParsedButRememberedAnew() async throws {
        let first = try await ingest()
        let compilation = try file("001")
        try setModificationDate(of: compilation, to: Date(timeIntervalSince1970: 1_800_000_000))
        let second = try await ingest()
        #expect(second.reusedFileCount == 3)
        #expect(second.remembered.map(\.file.path) == [compilation.standardizedFileURL.path])
        #expect(second.remembered.first?.file.modified == 1_800_000_000)
        #expect(second.articles.map(\.id) == first.articles.map(\.id))
        #expect(try await ingest().remembered.isEmpty)
    }

    @Test func aChangedFileIsParsedAgainAndTheOthersAreReused() async throws {
        let first = try await ingest()
        let markdown = try file("000")
        let text = try String(contentsOf: markdown, encoding: .utf8)
        let originalTitle = try #require(first.articles.first { $0.origin.path.hasSuffix(markdown.lastPathComponent) })
            .title
        try text.replacingOccurrences(of: originalTitle, with: "UnrealZoo, edited")
            .write(to: markdown, atomically: true, encoding: .utf8)
        let second = try await ingest()
        #expect(second.reusedFileCount == 2)
        #expect(second.remembered.count == 1)
        #expect(second.articles.contains { $0.title == "UnrealZoo, edited" })
        #expect(!second.articles.contains { $0.title == originalTitle })
        #expect(second.articles.count == first.articles.count)
    }

    @Test func otherIngestOptionsParseEveryFileAgain() async throws {
        _ = try await ingest()
        var utc = options
        utc.weChatTimeZone = try #require(TimeZone(identifier: "UTC"))
        let second = try await ingest(options: utc)
        #expect(second.reusedFileCount == 0)
        let weChat = try #require(second.articles.first { $0.origin.path.contains("002") })
        #expect(weChat.published?.utcOffsetSeconds == 0)
    }

    @Test func aDeletedFileIsNotServedFromTheCacheAndIsForgotten() async throws {
        _ = try await ingest()
        let deleted = try file("002")
        #expect(try rememberedPaths().contains(deleted.path))
        try FileManager.default.removeItem(at: deleted)
        let second = try await ingest()
        #expect(second.files.count == 2)
        #expect(!second.articles.contains { $0.origin.path.contains("002") })
        #expect(second.forgotten == [deleted.path])
        #expect(try rememberedPaths().count == 2)
        #expect(!(try rememberedPaths().contains(deleted.path)))
    }

    @Test func filesOutsideThePathsReadAreNotForgotten() async throws {
        _ = try await ingest()
        let other = folder.url.appendingPathComponent("other", isDirectory: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("# Other\n\nText.".utf8).write(to: other.appendingPathComponent("other.md"))
        let cache = try archive.ingestCache(options: options)
        let elsewhere = await Ingestor(options: options).ingest([other.path], cache: cache)
        #expect(elsewhere.forgotten.isEmpty, "the seeds' files were not read, so they are not gone")
        try archive.storeIngested(elsewhere)
        #expect(try rememberedPaths().count == 4)
        // A folder whose name is the start of the seeds folder's is not above them.
        let similar = folder.url.appendingPathComponent("seed", isDirectory: true)
        try FileManager.default.createDirectory(at: similar, withIntermediateDirectories: true)
        #expect(await Ingestor(options: options).ingest([similar.path], cache: cache).forgotten.isEmpty)
    }

    @Test func theArchiveLendsEachAskedPathsStoredOutcomeByItsPosition() async throws {
        let first = try await ingest()
        let stored = Dictionary(uniqueKeysWithValues: first.remembered.map { ($0.file.path, $0.outcome) })
        let paths = first.remembered.map(\.file.path).sorted()
        let asked = [paths[2], "/no/such/file.md", paths[0]]
        var lent: [Int: Data] = [:]
        try StoredOutcomes(archive: archive).withOutcomes(of: asked) { index, outcome in lent[index] = Data(outcome) }
        #expect(lent.keys.sorted() == [0, 2], "a path never stored is passed over")
        #expect(lent[0] == stored[paths[2]])
        #expect(lent[2] == stored[paths[0]])
    }

    @Test(arguments: [BrokenOutcomes.Fault.unreadable, .damaged, .missing])
    func aStoredOutcomeThatCannotBeUsedIsNeverTrustedAndTheFileIsParsedAgain(fault: BrokenOutcomes.Fault) async throws {
        let first = try await ingest()
        let cache = IngestCache(first.remembered.map(\.file), outcomes: BrokenOutcomes(fault: fault), options: options)
        let second = await Ingestor(options: options).ingest([seeds.path], cache: cache)
        #expect(second.reusedFileCount == 0)
        #expect(second.articles == first.articles)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.remembered.map(\.outcome) == first.remembered.map(\.outcome),
                "the outcomes are stored anew, which mends the store")
    }

    @Test func aRememberedFileWhoseStoredHashIsNotHexIsReadAgain() async throws {
        let first = try await ingest()
        let markdown = try file("000").standardizedFileURL.path
        try archive.write { db in
            try db.execute(sql: "UPDATE sourceFile SET contentHash = 'not a digest' WHERE path = ?",
                           arguments: [markdown])
        }
        #expect(!(try rememberedPaths().contains(markdown)))
        let second = try await ingest()
        #expect(second.reusedFileCount == 2)
        #expect(second.remembered.map(\.file.path) == [markdown])
        #expect(second.articles == first.articles)
        #expect(try rememberedPaths().contains(markdown), "stored anew with its hash")
    }

    @Test func theRememberedHashIsTheFilesSHA256InHex() async throws {
        _ = try await ingest()
        let markdown = try file("000")
        let stored = try #require(try archive.ingestCache(options: options).entries[markdown.standardizedFileURL.path])
        #expect(stored.contentHash == SHA256.hash(data: try Data(contentsOf: markdown)).hexEncoded)
        #expect(ContentDigest(hex: stored.contentHash) == stored.contentDigest)
        #expect(ContentDigest(hex: stored.contentHash.uppercased()) == stored.contentDigest)
        for malformed in ["", String(stored.contentHash.dropLast()), stored.contentHash + "0",
                          String(stored.contentHash.dropLast()) + "g"] {
            #expect(ContentDigest(hex: malformed) == nil, "\(malformed)")
        }
    }

    private func rememberedPaths() throws -> Set<String> {
        Set(try archive.ingestCache(options: options).entries.keys)
    }
}

/// A store of remembered outcomes that fails the way a damaged archive could.
struct BrokenOutcomes: RememberedOutcomes {
    enum Fault: Sendable, CustomTestStringConvertible {
        /// The store cannot be read at all.
        case unreadable
        /// Every outcome is bytes that do not decode.
        case damaged
        /// No path has an outcome any more.
        case missing

        var testDescription: String { "\(self)" }
    }

    struct Unreadable: Error {}

    let fault: Fault

    func withOutcomes(of paths: [String], _ body: (_ index: Int, _ outcome: Data) -> Void) throws {
        switch fault {
        case .unreadable: throw Unreadable()
        case .damaged: for index in paths.indices { body(index, Data([2, 0, 0, 0, 0xFF, 0xFF])) }
        case .missing: return
        }
    }
}
