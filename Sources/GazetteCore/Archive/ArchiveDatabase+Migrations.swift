import GRDB

extension ArchiveDatabase {
    /// The schema's history. A migration is never edited once it has shipped: later changes are new migrations.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "article") { table in
                table.primaryKey("id", .text)
                table.column("contentHash", .text).notNull()
                table.column("sourceFile", .text).notNull()
                table.column("title", .text).notNull()
                table.column("url", .text)
                table.column("source", .text)
                table.column("published", .datetime)
                table.column("firstCollected", .datetime).notNull()
                table.column("lastSeen", .datetime).notNull()
            }
            try db.create(table: "issue") { table in
                table.primaryKey("number", .integer)
                table.column("key", .text).notNull().unique()
                table.column("period", .text).notNull()
                table.column("theme", .text)
                table.column("subject", .text).notNull()
                table.column("status", .text).notNull().check { ["built", "sent"].contains($0) }
                table.column("itemCount", .integer).notNull()
                table.column("themes", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
                table.column("sentAt", .datetime)
                table.column("templateSet", .text)
                table.column("document", .blob).notNull()
            }
            try db.create(table: "issueItem") { table in
                table.column("issueNumber", .integer).notNull().references("issue", onDelete: .cascade)
                table.column("articleID", .text).notNull().indexed()
                table.column("section", .text).notNull()
                table.column("rank", .integer).notNull()
                table.column("score", .double).notNull()
                table.column("scoreTerms", .text).notNull()
                table.primaryKey(["issueNumber", "articleID"])
            }
            try db.create(table: "delivery") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("issue", .text).notNull()
                table.column("number", .integer).notNull()
                table.column("target", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("part", .integer).notNull()
                table.column("parts", .integer).notNull()
                table.column("messageID", .text).notNull().indexed()
                table.column("attempt", .integer).notNull()
                table.column("time", .datetime).notNull()
                table.column("outcome", .text).notNull()
                table.column("status", .integer)
                table.column("latencyMilliseconds", .integer)
                table.column("error", .text)
                table.column("response", .text)
            }
        }
        migrator.registerMigration("v2: sourceFile") { db in
            // Incremental ingest: what each file gave when it was last read (see `IngestCache`).
            try db.create(table: "sourceFile") { table in
                table.primaryKey("path", .text)
                table.column("size", .integer).notNull()
                table.column("modified", .double).notNull()
                table.column("contentHash", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("outcome", .blob).notNull()
            }
        }
        migrator.registerMigration("v3: sourceFile index") { db in
            // Loading the cache reads every remembered file's path, size, time and hash. The table's pages also hold
            // the outcomes (450 MB for 100k articles), and a scan of it went through them all; the load now reads
            // this index alone.
            try db.create(index: "sourceFileByFingerprint", on: "sourceFile",
                          columns: ["fingerprint", "path", "size", "modified", "contentHash"])
        }
        return migrator
    }
}
