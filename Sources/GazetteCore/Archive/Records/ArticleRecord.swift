import Foundation
import GRDB

/// A row of `article`: every article Gazette has seen, with when it first and last saw it.
struct ArticleRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    // Written by `ArchiveDatabase.recordSeen` through one prepared upsert; the columns are these fields.
    static let databaseTableName = "article"

    var id: String
    /// SHA-256 of the article's body, hex.
    var contentHash: String
    var sourceFile: String
    var title: String
    var url: String?
    var source: String?
    var published: Date?
    /// When Gazette first saw it: the article's `collected` from then on.
    var firstCollected: Date
    var lastSeen: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let firstCollected = Column(CodingKeys.firstCollected)
    }
}
