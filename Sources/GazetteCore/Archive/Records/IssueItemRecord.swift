import Foundation
import GRDB

/// A row of `issueItem`: one article in one issue, where it stood and why.
struct IssueItemRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "issueItem"

    var issueNumber: Int
    var articleID: String
    var section: String
    var rank: Int
    var score: Double
    /// The `ScoreBreakdown` as JSON.
    var scoreTerms: String

    enum Columns {
        static let issueNumber = Column(CodingKeys.issueNumber)
        static let articleID = Column(CodingKeys.articleID)
    }
}
