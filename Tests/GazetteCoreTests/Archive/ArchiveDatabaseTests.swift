import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// The archive database, on a real SQLite file in a temporary folder.
@Suite struct ArchiveDatabaseTests {
    /// An archive in a new temporary folder, which is removed when the folder is released: keep it alive.
    private func makeEmptyArchive() throws -> (ArchiveDatabase, TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        return (try ArchiveDatabase(path: folder.url.appendingPathComponent("archive/gazette.sqlite").path), folder)
    }

    private func article(_ id: String, collected: Date) -> Article {
        Article(id: ArticleID(rawValue: id), title: "标题 \(id)", collected: collected, language: .chinese,
                body: "正文 \(id)", origin: ArticleOrigin(path: "seeds/\(id).md", index: 1, line: 1),
                metrics: TextMetrics(characters: 4, words: 4, cjkCharacters: 4, readingMinutes: 1))
    }

    private func issue(period: String, ids: [String]) -> GazetteCore.Issue {
        var issue = WebhookPayloadTests.bigIssue(items: 3)
        issue.period = period
        issue.sections = [IssueSection(theme: .research, title: "研究", items: ids.enumerated().map { index, id in
            var item = IssueItem.placeholder
            item.id = ArticleID(rawValue: id)
            item.rank = index + 1
            item.title = id
            return item
        })]
        return issue
    }

    @Test func collectedIsWhenTheArchiveFirstSawTheArticle() throws {
        // Given an article first seen with its file's time
        let (archive, folder) = try makeEmptyArchive()
        defer { withExtendedLifetime(folder) {} }
        let fileTime = Date(timeIntervalSince1970: 1_700_000_000)
        let first = try archive.recordSeen([article("a", collected: fileTime)], at: Date(timeIntervalSince1970: 1_700_000_100))
        #expect(first.map(\.collected) == [fileTime])
        // When it is seen again later with a newer file time
        let later = Date(timeIntervalSince1970: 1_800_000_000)
        let again = try archive.recordSeen([article("a", collected: later), article("b", collected: later)], at: later)
        // Then it keeps its first time, and the new one gets its own; both were last seen now
        #expect(again.map(\.collected) == [fileTime, later])
        #expect(try archive.articleCount() == 2)
        // And an article whose text changed keeps its first time too
        var edited = article("a", collected: later)
        edited.body = "改过的正文"
        #expect(try archive.recordSeen([edited], at: later.addingTimeInterval(60)).map(\.collected) == [fileTime])
        let lastSeen = try Python.run("""
            import sqlite3, sys
            for row in sqlite3.connect(sys.argv[1]).execute("SELECT id, lastSeen FROM article ORDER BY id"): print(*row)
            """, arguments: [archive.path])
        #expect(lastSeen.standardOutput.split(separator: "\n") == ["a 2027-01-15 08:01:00.000", "b 2027-01-15 08:00:00.000"],
                "\(lastSeen.standardOutput)\(lastSeen.standardError)")
    }

    @Test func numbersNeverSkipOrRepeatAndARebuildReplacesTheDraft() throws {
        let (archive, folder) = try makeEmptyArchive()
        defer { withExtendedLifetime(folder) {} }
        let now = Date()
        #expect(try archive.number(forKey: "2024-W51") == 1)
        try archive.recordIssue(issue(period: "2024-W51", ids: ["a", "b"]), key: "2024-W51", scores: [:], templateSet: nil, at: now)
        // A rebuild of the same period keeps number 1 and its items are replaced, not added.
        try archive.recordIssue(issue(period: "2024-W51", ids: ["a", "c"]), key: "2024-W51", scores: [:], templateSet: nil, at: now)
        #expect(try archive.issues().map(\.number) == [1])
        #expect(try archive.appearances(of: ArticleID(rawValue: "b")).isEmpty)
        #expect(try archive.number(forKey: "2024-W52") == 2)
        try archive.recordIssue(issue(period: "2024-W52", ids: ["d"]), key: "2024-W52", scores: [:], templateSet: nil, at: now)
        #expect(try archive.issues().map(\.number) == [2, 1])
        #expect(try archive.issue(1).decodedIssue().items.map(\.id.rawValue) == ["a", "c"])
    }

    @Test func onlySentIssuesKeepTheirArticlesOutUnlessBuiltOnesCountToo() throws {
        let (archive, folder) = try makeEmptyArchive()
        defer { withExtendedLifetime(folder) {} }
        let now = Date()
        try archive.recordIssue(issue(period: "2024-W51", ids: ["a", "b"]), key: "2024-W51", scores: [:], templateSet: nil, at: now)
        let articles = [article("a", collected: now), article("b", collected: now), article("c", collected: now)]
        #expect(try archive.withoutRepeats(articles, key: "2024-W52", includeBuilt: false).fresh.count == 3)
        #expect(try archive.withoutRepeats(articles, key: "2024-W52", includeBuilt: true).repeats
            == [ArticleID(rawValue: "a"): 1, ArticleID(rawValue: "b"): 1])
        try archive.markSent(key: "2024-W51", at: now)
        let (fresh, repeats) = try archive.withoutRepeats(articles, key: "2024-W52", includeBuilt: false)
        #expect(fresh.map(\.id.rawValue) == ["c"])
        #expect(repeats.count == 2)
        // A sent issue is not rebuilt over: a new build of that week gets its own key.
        #expect(throws: ArchiveError.alreadySent(number: 1, key: "2024-W51")) { try archive.number(forKey: "2024-W51") }
        #expect(try archive.draftKey(for: "2024-W51") == "2024-W51.2")
        #expect(try archive.draftKey(for: "2024-W52") == "2024-W52")
    }

    @Test func theOldDeliveryLogIsImportedOnce() throws {
        let (archive, folder) = try makeEmptyArchive()
        let file = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let record = DeliveryRecord(issue: "2024-W52", number: 1, target: "team", kind: "slack", part: 1, parts: 1,
                                    messageID: "msg_1", attempt: 1, time: Date(timeIntervalSince1970: 1_735_000_000),
                                    outcome: .delivered, error: nil)
        try file.append(record)
        #expect(try archive.importDeliveryLog(file.url) == 1)
        #expect(try archive.importDeliveryLog(file.url) == 0, "the file was renamed; nothing is imported twice")
        #expect(FileManager.default.fileExists(atPath: file.url.path + ".imported"))
        #expect(archive.records() == [record])
        #expect(archive.deliveredMessageIDs() == ["msg_1"])
    }

    /// A run killed after the import's transaction but before the rename leaves the log where it was: the next run
    /// adds only what the archive does not hold yet.
    @Test func aLogLeftInPlaceAfterItsImportIsNotAddedTwice() throws {
        let (archive, folder) = try makeEmptyArchive()
        let file = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let first = DeliveryRecord(issue: "2024-W52", number: 1, target: "team", kind: "slack", part: 1, parts: 1,
                                   messageID: "msg_1", attempt: 1, time: Date(timeIntervalSince1970: 1_735_000_000),
                                   outcome: .failed, error: "HTTP 503")
        var retry = first
        (retry.attempt, retry.time, retry.outcome, retry.error) = (2, first.time.addingTimeInterval(2), .delivered, nil)
        try file.append(first)
        #expect(try archive.importDeliveryLog(file.url) == 1)
        try FileManager.default.moveItem(atPath: file.url.path + ".imported", toPath: file.url.path)
        try file.append(retry)
        #expect(try archive.importDeliveryLog(file.url) == 1, "only the attempt the archive did not hold")
        #expect(archive.records() == [first, retry])
    }

    /// An archive written by a Gazette that knew only the first schema (made here by taking the later migrations
    /// back out) is brought up to date when opened, its issues kept.
    @Test func anArchiveOfTheFirstSchemaIsUpgradedKeepingItsIssues() throws {
        let (archive, folder) = try makeEmptyArchive()
        defer { withExtendedLifetime(folder) {} }
        try archive.recordIssue(issue(period: "2024-W51", ids: ["a", "b"]), key: "2024-W51", scores: [:], templateSet: nil,
                                at: Date())
        let downgrade = try Python.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("DROP TABLE sourceFile")
            db.execute("DELETE FROM grdb_migrations WHERE identifier LIKE 'v2%' OR identifier LIKE 'v3%'")
            db.commit()
            print(",".join(row[0] for row in db.execute("SELECT identifier FROM grdb_migrations")))
            """, arguments: [archive.path])
        #expect(downgrade.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "v1", "\(downgrade.standardError)")
        let upgraded = try ArchiveDatabase(path: archive.path)
        #expect(try upgraded.issues().map(\.number) == [1])
        #expect(try upgraded.ingestCache(options: IngestOptions()).entries.isEmpty, "the v2 table is there again")
        let tables = try Python.run("""
            import sqlite3, sys
            print(sorted(row[0] for row in sqlite3.connect(sys.argv[1]).execute("SELECT identifier FROM grdb_migrations")))
            """, arguments: [archive.path])
        #expect(tables.standardOutput.contains("'v1', 'v2: sourceFile', 'v3: sourceFile index'"),
                "\(tables.standardOutput)")
    }

    /// An archive from before the cache's index keeps its remembered files, and loading them reads the new index
    /// alone, not the table's pages with their outcomes.
    @Test func anArchiveWithoutTheCacheIndexGetsItAndKeepsItsRememberedFiles() async throws {
        let (archive, folder) = try makeEmptyArchive()
        defer { withExtendedLifetime(folder) {} }
        let options = IngestOptions()
        let first = await Ingestor(options: options).ingest([Fixtures.seeds.path],
                                                            cache: try archive.ingestCache(options: options))
        try archive.storeIngested(first)
        let downgrade = try Python.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("DROP INDEX sourceFileByFingerprint")
            db.execute("DELETE FROM grdb_migrations WHERE identifier LIKE 'v3%'")
            db.commit()
            """, arguments: [archive.path])
        #expect(downgrade.status == 0, "\(downgrade.standardError)")
        let upgraded = try ArchiveDatabase(path: archive.path)
        #expect(try upgraded.ingestCache(options: options).entries.count == 3)
        let plan = try Python.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            query = "SELECT path, size, modified, contentHash FROM sourceFile WHERE fingerprint = ?"
            print([row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + query, ("v",))])
            """, arguments: [archive.path])
        #expect(plan.standardOutput.contains("USING COVERING INDEX sourceFileByFingerprint"), "\(plan.standardOutput)")
    }

    @Test func theDatabaseIsInWALModeAndReopensWithItsData() throws {
        let (archive, folder) = try makeEmptyArchive()
        defer { withExtendedLifetime(folder) {} }
        try archive.recordIssue(issue(period: "2024-W51", ids: ["a"]), key: "2024-W51", scores: [:], templateSet: "mine", at: Date())
        let reopened = try ArchiveDatabase(path: archive.path)
        #expect(try reopened.issue(1).templateSet == "mine")
        let mode = try Python.run("import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('pragma journal_mode').fetchone()[0])",
                                  arguments: [archive.path])
        #expect(mode.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "wal")
        let pageSize = try Python.run("import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('pragma page_size').fetchone()[0])",
                                      arguments: [archive.path])
        #expect(pageSize.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "16384",
                "a new archive's pages hold a remembered file's outcome whole")
        #expect(throws: ArchiveError.unknownIssue(5, known: [1])) { try reopened.issue(5) }
    }

    @Test func anEmptyFileLeftByAKilledFirstRunIsMigrated() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Data(), to: "gazette.sqlite").path
        let archive = try ArchiveDatabase(path: path)
        #expect(try archive.number(forKey: "2024-W52") == 1)
    }
}
