public import Foundation

/// An issue as the archive keeps it: its number, folder key, status and the issue model itself.
public struct ArchivedIssue: Sendable, Hashable {
    /// Built, or sent to every target.
    public enum Status: String, Sendable, Hashable, Codable {
        case built
        case sent
    }

    /// 1, 2, 3… in build order, never skipped or repeated.
    public var number: Int
    /// Its folder name under `out/issues/`: the period, and `-theme` for a single-theme issue.
    public var key: String
    public var period: String
    public var theme: Theme?
    public var subject: String
    public var status: Status
    public var itemCount: Int
    /// The sections' themes, in order.
    public var themes: [Theme]
    public var createdAt: Date
    public var updatedAt: Date
    public var sentAt: Date?
    /// The template folder that overrode the built-ins, if any.
    public var templateSet: String?
    /// `issue.json`: the whole issue model, to re-render it later.
    public var document: Data

    /// When it went out, or, for a draft, when it was first built: the date the archive and feeds show.
    public var published: Date { sentAt ?? createdAt }

    /// The issue model stored with it.
    public func decodedIssue() throws -> Issue {
        try Issue.jsonDecoder.decode(Issue.self, from: document)
    }
}
