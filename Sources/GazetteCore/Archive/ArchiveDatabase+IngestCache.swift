import Foundation
import GRDB

extension ArchiveDatabase {
    /// The files earlier builds read, for incremental ingest with `options`. Their outcomes stay in the database
    /// until a file is reused (see `RememberedOutcomes`).
    public func ingestCache(options: IngestOptions) throws(ArchiveError) -> IngestCache {
        let files = try read { db in
            try Array(Row.fetchCursor(db, sql: "SELECT path, size, modified, contentHash, fingerprint FROM sourceFile")
                .map { row in
                    RememberedFile(path: row[0], size: row[1], modified: row[2], contentHash: row[3],
                                   fingerprint: row[4])
                })
        }
        return IngestCache(files, outcomes: StoredOutcomes(archive: self), options: options)
    }

    /// Remembers the files an ingest just read (new or changed ones), replacing what was remembered under their
    /// paths, and forgets the remembered files it found gone.
    public func storeIngested(_ result: IngestResult) throws(ArchiveError) {
        guard !result.remembered.isEmpty || !result.forgotten.isEmpty else { return }
        try write { db in
            let upsert = try db.makeStatement(sql: """
                INSERT OR REPLACE INTO sourceFile (path, size, modified, contentHash, fingerprint, outcome)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            for remembered in result.remembered {
                let file = remembered.file
                try upsert.execute(arguments: [file.path, file.size, file.modified, file.contentHash, file.fingerprint,
                                               remembered.outcome])
            }
            let delete = try db.makeStatement(sql: "DELETE FROM sourceFile WHERE path = ?")
            for path in result.forgotten {
                try delete.execute(arguments: [path])
            }
        }
    }
}

/// The outcomes remembered in the archive's `sourceFile` table, read in place: each row's blob is lent to the caller
/// as SQLite holds it, not copied.
struct StoredOutcomes: RememberedOutcomes {
    let archive: ArchiveDatabase

    func withOutcomes(of paths: [String], _ body: (_ index: Int, _ outcome: Data) -> Void) throws {
        guard !paths.isEmpty else { return }
        try archive.read { db in
            let statement = try db.cachedStatement(sql: "SELECT outcome FROM sourceFile WHERE path = ?")
            for (index, path) in paths.enumerated() {
                let rows = try Row.fetchCursor(statement, arguments: [path])
                guard let row = try rows.next() else { continue }
                try row.withUnsafeData(atIndex: 0) { outcome in
                    if let outcome { body(index, outcome) }
                }
            }
        }
    }
}
