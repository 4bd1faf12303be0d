import GRDB

extension ArchiveDatabase {
    /// The files earlier builds read, for incremental ingest with `options`.
    public func ingestCache(options: IngestOptions) throws(ArchiveError) -> IngestCache {
        // A cursor reads each row's outcome straight into its `Data` (fetching all rows first would copy the
        // 390 MB of a 100k-article archive once more).
        let files = try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, size, modified, contentHash, fingerprint, outcome FROM sourceFile
                """)
            var files: [IngestedFile] = []
            while let row = try rows.next() {
                files.append(IngestedFile(path: row[0], size: row[1], modified: row[2], contentHash: row[3],
                                          fingerprint: row[4], outcome: row[5]))
            }
            return files
        }
        return IngestCache(files, options: options)
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
            for file in result.remembered {
                try upsert.execute(arguments: [file.path, file.size, file.modified, file.contentHash, file.fingerprint,
                                               file.outcome])
            }
            let delete = try db.makeStatement(sql: "DELETE FROM sourceFile WHERE path = ?")
            for path in result.forgotten {
                try delete.execute(arguments: [path])
            }
        }
    }
}
