import Foundation
import GRDB

extension ArchiveDatabase {
    /// The files earlier builds read, for incremental ingest with `options`. Their outcomes stay in the database
    /// until a file is reused (see `RememberedOutcomes`).
    public func ingestCache(options: IngestOptions) throws(ArchiveError) -> IngestCache {
        // Only the files read with these options, all sharing one fingerprint string. A row whose hash is not 64 hex
        // digits is left out, and its file read again.
        let fingerprint = IngestCache.fingerprint(for: options)
        let files = try read { db in
            var files: [RememberedFile] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT path, size, modified, contentHash FROM sourceFile "
                                               + "WHERE fingerprint = ?", arguments: [fingerprint])
            while let row = try rows.next() {
                guard let digest = ContentDigest(hex: row[3]) else { continue }
                files.append(RememberedFile(path: row[0], size: row[1], modified: row[2], contentDigest: digest,
                                            fingerprint: fingerprint))
            }
            return files
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
