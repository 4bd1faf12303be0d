import Foundation
import GRDB

/// A row of `issue`: one built issue, a draft until it is sent.
struct IssueRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "issue"

    var number: Int
    var key: String
    var period: String
    var theme: String?
    var subject: String
    /// `built` or `sent`.
    var status: String
    var itemCount: Int
    /// The sections' themes, comma-separated, in order.
    var themes: String
    var createdAt: Date
    var updatedAt: Date
    var sentAt: Date?
    var templateSet: String?
    /// `issue.json`.
    var document: Data

    enum Columns {
        static let number = Column(CodingKeys.number)
        static let key = Column(CodingKeys.key)
        static let status = Column(CodingKeys.status)
        static let sentAt = Column(CodingKeys.sentAt)
    }
}

extension IssueRecord {
    init(_ issue: Issue, number: Int, key: String, templateSet: String?, createdAt: Date, updatedAt: Date) throws {
        self.init(number: number, key: key, period: issue.period, theme: issue.theme?.id, subject: issue.subject,
                  status: ArchivedIssue.Status.built.rawValue, itemCount: issue.items.count,
                  themes: issue.sections.map(\.theme.id).joined(separator: ","), createdAt: createdAt,
                  updatedAt: updatedAt, sentAt: nil, templateSet: templateSet, document: try Issue.jsonEncoder().encode(issue))
    }

    var archived: ArchivedIssue {
        ArchivedIssue(number: number, key: key, period: period, theme: theme.map(Theme.init), subject: subject,
                      status: ArchivedIssue.Status(rawValue: status) ?? .built, itemCount: itemCount,
                      themes: themes.split(separator: ",").map { Theme(String($0)) }, createdAt: createdAt,
                      updatedAt: updatedAt, sentAt: sentAt, templateSet: templateSet, document: document)
    }
}
