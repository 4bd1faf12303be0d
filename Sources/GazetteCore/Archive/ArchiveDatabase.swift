public import Foundation
import Crypto
import GRDB

/// The archive: one SQLite file (WAL mode) holding every article Gazette has seen, every issue it built, the
/// articles in each, and every delivery attempt. It owns the connection and the migrations; each write is one
/// transaction that keeps the data consistent.
public struct ArchiveDatabase: Sendable {
    /// The database file.
    public let path: String
    private let writer: any DatabaseWriter

    /// Opens the archive at `path`, creating it (and its folder) when missing, and brings its schema up to date.
    /// A damaged file or one from a newer Gazette is an error, and is left untouched.
    public init(path: String) throws(ArchiveError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: error.localizedDescription)
        }
        var configuration = Configuration()
        // Another gazette process writing waits up to this long for the lock rather than failing at once.
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // For a new archive only (an existing file keeps its page size): the remembered outcomes of ingest
            // average 7 KB, and on 16 KB pages most fit a page of their own, read in one go, where 4 KB pages spread
            // each over a chain of overflow pages that a rebuild of 100k articles reads page by page.
            try db.execute(sql: "PRAGMA page_size = 16384")
            // Reads see the file through a memory map (up to SQLite's 2 GiB limit) instead of copying each page out
            // with `pread(2)`: a rebuild of 100k articles reads 450 MB of remembered outcomes, and took 6 % less time
            // this way. Writes still go through the WAL as before.
            try db.execute(sql: "PRAGMA mmap_size = 2147418112")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let superseded = try pool.read { db in try Self.migrator.hasBeenSuperseded(db) }
            if superseded { throw ArchiveError.newerSchema(path: path) }
            try Self.migrator.migrate(pool)
            writer = pool
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw Self.archiveError(error, path: path)
        }
    }

    static func archiveError(_ error: any Error, path: String) -> ArchiveError {
        if let error = error as? DatabaseError,
           [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            return .corrupt(path: path)
        }
        if let error = error as? DatabaseError {
            return .failed(path: path, reason: error.message ?? error.description)
        }
        return .failed(path: path, reason: "\(error)")
    }

    /// Runs `body` in one write transaction, SQLite's errors turned into `ArchiveError`s.
    func write<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do {
            return try writer.write(body)
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw Self.archiveError(error, path: path)
        }
    }

    /// Runs `body` in one read, SQLite's errors turned into `ArchiveError`s.
    func read<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do {
            return try writer.read(body)
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw Self.archiveError(error, path: path)
        }
    }

    /// The archive `configuration` names (or `gazette.sqlite` in `output`), with any delivery log from before
    /// the archive (`output/deliveries.jsonl`) moved into it.
    public static func open(for configuration: GazetteConfiguration, output: URL) throws(ArchiveError) -> ArchiveDatabase {
        let archive = try ArchiveDatabase(path: configuration.archivePath(output: output.path))
        try archive.importDeliveryLog(output.appendingPathComponent("deliveries.jsonl"))
        return archive
    }

    // MARK: - Writes

    /// Records that `articles` were seen `now`, and returns them with `collected` set to when the archive first saw
    /// each (their own `collected`, the file's time, the first time). In one transaction: articles the archive
    /// already holds with the same content only get `lastSeen` (one statement for all of them); new or changed ones
    /// go through one prepared upsert each.
    public func recordSeen(_ articles: [Article], at now: Date) throws(ArchiveError) -> [Article] {
        let records = articles.map { ArticleRecord($0, firstCollected: $0.collected, at: now) }
        return try write { db in
            var known: [String: (firstCollected: Date, contentHash: String)] = [:]
            known.reserveCapacity(articles.count)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, firstCollected, contentHash FROM article")
            while let row = try rows.next() {
                known[row[0]] = (row[1], row[2])
            }
            try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS seenArticle (id TEXT PRIMARY KEY)")
            try db.execute(sql: "DELETE FROM seenArticle")
            let markSeen = try db.makeStatement(sql: "INSERT OR IGNORE INTO seenArticle (id) VALUES (?)")
            let upsert = try db.makeStatement(sql: """
                INSERT INTO article (id, contentHash, sourceFile, title, url, source, published, firstCollected, lastSeen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET contentHash = excluded.contentHash, sourceFile = excluded.sourceFile,
                    title = excluded.title, url = excluded.url, source = excluded.source,
                    published = excluded.published, lastSeen = excluded.lastSeen
                """)
            var seen = articles
            for (index, record) in records.enumerated() {
                if let earlier = known[record.id], earlier.contentHash == record.contentHash {
                    try markSeen.execute(arguments: [record.id])
                    seen[index].collected = earlier.firstCollected
                    continue
                }
                let firstCollected = known[record.id]?.firstCollected ?? record.firstCollected
                try upsert.execute(arguments: [record.id, record.contentHash, record.sourceFile, record.title, record.url,
                                               record.source, record.published, firstCollected, record.lastSeen])
                seen[index].collected = firstCollected
            }
            try db.execute(sql: "UPDATE article SET lastSeen = ? WHERE id IN (SELECT id FROM seenArticle)",
                           arguments: [now])
            try db.execute(sql: "DELETE FROM seenArticle")
            return seen
        }
    }

    /// What the next build of `period` (with `theme` for a single-theme issue) will be.
    public struct IssuePlan: Sendable {
        /// Its key (folder name): the period's draft, or a new one after a sent issue (`2024-W52.2`).
        public var key: String
        public var number: Int
        /// The articles it may select: none that an issue that counts already had.
        public var articles: [Article]
        /// The articles left out, with the first issue each was in.
        public var repeats: [ArticleID: Int]
    }

    /// Plans the next build of `period`: its key and number, and `articles` without the repeats (articles of sent
    /// issues, and of built ones when `includeBuilt`).
    public func plan(period: String, theme: Theme?, articles: [Article], includeBuilt: Bool)
        throws(ArchiveError) -> IssuePlan {
        let key = try draftKey(for: IssueWriter.key(period: period, theme: theme))
        let (fresh, repeats) = try withoutRepeats(articles, key: key, includeBuilt: includeBuilt)
        return IssuePlan(key: key, number: try number(forKey: key), articles: fresh, repeats: repeats)
    }

    /// `articles` without those already in an issue that counts (sent ones, and built ones when `includeBuilt`)
    /// other than `key` itself, and the ones left out with the first issue each was in.
    public func withoutRepeats(_ articles: [Article], key: String, includeBuilt: Bool)
        throws(ArchiveError) -> (fresh: [Article], repeats: [ArticleID: Int]) {
        let issued = try issuedArticles(excludingKey: key, includeBuilt: includeBuilt)
        guard !issued.isEmpty else { return (articles, [:]) }
        var repeats: [ArticleID: Int] = [:]
        let fresh = articles.filter { article in
            guard let number = issued[article.id] else { return true }
            repeats[article.id] = number
            return false
        }
        return (fresh, repeats)
    }

    /// The key a new build of `base` (a period, with `-theme` for a single-theme issue) is recorded under: `base`
    /// itself unless that issue was sent, then `base.2`, `base.3`… (a second issue in the same week).
    public func draftKey(for base: String) throws(ArchiveError) -> String {
        try read { db in
            var count = 1
            while true {
                let key = count == 1 ? base : "\(base).\(count)"
                let existing = try IssueRecord.filter(IssueRecord.Columns.key == key).fetchOne(db)
                guard let existing, existing.status == ArchivedIssue.Status.sent.rawValue else { return key }
                count += 1
            }
        }
    }

    /// The number the issue `key` gets: its draft's when it was built before, else the next after the highest.
    public func number(forKey key: String) throws(ArchiveError) -> Int {
        try read { db in try Self.number(forKey: key, in: db) }
    }

    private static func number(forKey key: String, in db: Database) throws -> Int {
        if let existing = try IssueRecord.filter(IssueRecord.Columns.key == key).fetchOne(db) {
            guard existing.status == ArchivedIssue.Status.built.rawValue else {
                throw ArchiveError.alreadySent(number: existing.number, key: key)
            }
            return existing.number
        }
        let highest = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM issue") ?? 0
        return highest + 1
    }

    /// Records a built issue, replacing the draft of the same key (same number, its items replaced).
    @discardableResult
    public func recordIssue(_ issue: Issue, key: String, scores: [ArticleID: ScoreBreakdown], templateSet: String?,
                            at now: Date) throws(ArchiveError) -> ArchivedIssue {
        try write { db in
            let number = try Self.number(forKey: key, in: db)
            let previous = try IssueRecord.fetchOne(db, key: number)
            let record = try IssueRecord(issue, number: number, key: key, templateSet: templateSet,
                                         createdAt: previous?.createdAt ?? now, updatedAt: now)
            try record.save(db)
            try IssueItemRecord.filter(IssueItemRecord.Columns.issueNumber == number).deleteAll(db)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for section in issue.sections {
                for item in section.items {
                    let breakdown = scores[item.id]
                    let terms = try breakdown.map { String(decoding: try encoder.encode($0), as: UTF8.self) } ?? "{}"
                    try IssueItemRecord(issueNumber: number, articleID: item.id.rawValue, section: section.theme.id,
                                        rank: item.rank, score: breakdown?.total ?? item.score, scoreTerms: terms)
                        .insert(db)
                }
            }
            return record.archived
        }
    }

    /// Replaces the stored rendering of issue `key` (after `gazette archive rebuild`): its model, subject and
    /// template set. Its number, items and status stay.
    public func updateRendering(_ issue: Issue, key: String, templateSet: String?, at now: Date) throws(ArchiveError) {
        try write { db in
            guard var record = try IssueRecord.filter(IssueRecord.Columns.key == key).fetchOne(db) else { return }
            let rendered = try IssueRecord(issue, number: record.number, key: key, templateSet: templateSet,
                                           createdAt: record.createdAt, updatedAt: now)
            record.subject = rendered.subject
            record.document = rendered.document
            record.templateSet = templateSet
            record.updatedAt = now
            try record.update(db)
        }
    }

    /// Marks the issue `key` sent (every target has every part).
    public func markSent(key: String, at now: Date) throws(ArchiveError) {
        try write { db in
            _ = try IssueRecord.filter(IssueRecord.Columns.key == key)
                .updateAll(db, IssueRecord.Columns.status.set(to: ArchivedIssue.Status.sent.rawValue),
                           IssueRecord.Columns.sentAt.set(to: now))
        }
    }

    /// Moves a JSON-lines delivery log (from before the archive) into the `delivery` table, once: the file is
    /// renamed to `<name>.imported` afterwards. An attempt already in the table (an import stopped between its
    /// transaction and the rename, then run again) is not added twice. Returns how many attempts were added.
    @discardableResult
    public func importDeliveryLog(_ url: URL) throws(ArchiveError) -> Int {
        guard FileManager.default.fileExists(atPath: url.path) else { return 0 }
        let records = DeliveryLog(url: url).records()
        let added = try write { db in
            try records.count { record in
                let attempt = DeliveryAttemptRecord(record)
                guard try !attempt.isStored(db) else { return false }
                try attempt.insert(db)
                return true
            }
        }
        do {
            let imported = url.appendingPathExtension("imported")
            try? FileManager.default.removeItem(at: imported)
            try FileManager.default.moveItem(at: url, to: imported)
        } catch where !FileManager.default.fileExists(atPath: url.path) {
            // Another gazette opening the archive at the same time imported and renamed it first.
        } catch {
            throw .failed(path: url.path, reason: "imported, but could not rename it: \(error.localizedDescription)")
        }
        return added
    }

    // MARK: - Reads

    /// Every issue, newest first.
    public func issues() throws(ArchiveError) -> [ArchivedIssue] {
        try read { db in try IssueRecord.order(IssueRecord.Columns.number.desc).fetchAll(db).map(\.archived) }
    }

    /// The issue numbered `number`.
    public func issue(_ number: Int) throws(ArchiveError) -> ArchivedIssue {
        let found = try read { db in try IssueRecord.fetchOne(db, key: number)?.archived }
        guard let found else { throw .unknownIssue(number, known: try issues().map(\.number).reversed()) }
        return found
    }

    /// The issue `key`'s record, if it was built.
    public func issue(key: String) throws(ArchiveError) -> ArchivedIssue? {
        try read { db in try IssueRecord.filter(IssueRecord.Columns.key == key).fetchOne(db)?.archived }
    }

    /// The articles already in an issue other than `key` that counts (sent ones, and built ones when
    /// `includeBuilt`), each with the first issue it was in.
    public func issuedArticles(excludingKey key: String?, includeBuilt: Bool) throws(ArchiveError) -> [ArticleID: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT issueItem.articleID, MIN(issue.number) AS number
                FROM issueItem JOIN issue ON issue.number = issueItem.issueNumber
                WHERE issue.key IS NOT ? AND (issue.status = 'sent' OR ?)
                GROUP BY issueItem.articleID
                """, arguments: [key, includeBuilt])
            return Dictionary(rows.map { (ArticleID(rawValue: $0["articleID"]), $0["number"]) },
                              uniquingKeysWith: min)
        }
    }

    /// The issues `id` appeared in, oldest first, with their status.
    public func appearances(of id: ArticleID) throws(ArchiveError) -> [ArchivedIssue] {
        try read { db in
            try IssueRecord.fetchAll(db, sql: """
                SELECT issue.* FROM issue JOIN issueItem ON issue.number = issueItem.issueNumber
                WHERE issueItem.articleID = ? ORDER BY issue.number
                """, arguments: [id.rawValue]).map(\.archived)
        }
    }

    /// How many articles the archive has seen.
    public func articleCount() throws(ArchiveError) -> Int {
        try read { db in try ArticleRecord.fetchCount(db) }
    }
}

// MARK: - Deliveries

extension ArchiveDatabase: DeliveryJournal {
    public var location: String { "\(path) (table delivery)" }

    public func append(_ record: DeliveryRecord) throws {
        try write { db in try DeliveryAttemptRecord(record).insert(db) }
    }

    public func records() -> [DeliveryRecord] {
        (try? read { db in try DeliveryAttemptRecord.order(Column("id")).fetchAll(db).map(\.model) }) ?? []
    }

    public func deliveredMessageIDs() -> Set<String> {
        let ids = try? read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT messageID FROM delivery WHERE outcome = 'delivered'")
        }
        return Set(ids ?? [])
    }
}

// MARK: - Records from the model

extension ArticleRecord {
    init(_ article: Article, firstCollected: Date, at now: Date) {
        let digest = SHA256.hash(data: Data(article.body.utf8))
        self.init(id: article.id.rawValue, contentHash: digest.hexEncoded,
                  sourceFile: article.origin.path, title: article.title, url: article.address,
                  source: article.source?.name, published: article.published?.date, firstCollected: firstCollected,
                  lastSeen: now)
    }
}
